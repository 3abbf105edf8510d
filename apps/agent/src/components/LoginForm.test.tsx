import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import { LoginForm } from './LoginForm.tsx';

function fill(email: string, password: string) {
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('LoginForm', () => {
  it('passes the credentials on and shows one message when they are wrong', async () => {
    const onSubmit = vi.fn().mockResolvedValue(false);
    render(<LoginForm t={translator('id')} onSubmit={onSubmit} />);
    fill('petugas@bps.go.id', 'salah');
    expect(onSubmit).toHaveBeenCalledWith('petugas@bps.go.id', 'salah');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Email atau kata sandi salah.');
  });

  it('shows no error when the sign-in succeeds', async () => {
    const onSubmit = vi.fn().mockResolvedValue(true);
    render(<LoginForm t={translator('id')} onSubmit={onSubmit} />);
    fill('petugas@bps.go.id', 'benar');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells a throttled sign-in and an unreachable server apart from bad credentials', async () => {
    const onSubmit = vi.fn().mockResolvedValueOnce('throttled').mockResolvedValueOnce('unreachable');
    render(<LoginForm t={translator('id')} onSubmit={onSubmit} />);
    fill('petugas@bps.go.id', 'x');
    expect((await screen.findByRole('alert')).textContent).toContain('Terlalu banyak percobaan');
    fill('petugas@bps.go.id', 'x');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Server tidak dapat dihubungi'));
  });
});
