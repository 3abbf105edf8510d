import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { office } from '../test-support/fixtures.ts';
import { PreChat } from './PreChat.tsx';

const ok = async () => ({ ok: true as const });

describe('before a conversation', () => {
  it('greets in the visitor’s language and offers the guest book when an officer is online', () => {
    render(
      <PreChat
        t={translator('en')}
        lang="en"
        office={office()}
        registered={false}
        onRegister={ok}
        onStart={ok}
        onConsent={ok}
      />,
    );
    expect(screen.getByText('Hello! How can we help?')).toBeTruthy();
    expect(screen.getByTestId('guestbook-submit').textContent).toBe('Start the consultation');
    expect(screen.queryByTestId('offline-form')).toBeNull();
  });

  it('outside hours offers the offline form: when the desk opens, and that the answer comes by e-mail', async () => {
    const closed = office({
      open: false,
      available: false,
      nextOpenAt: '2099-01-05T00:00:00Z',
      responseDeadlineDays: 3,
    });
    const onStart = vi.fn(ok);
    render(
      <PreChat
        t={translator('id')}
        lang="id"
        office={closed}
        registered
        onRegister={ok}
        onStart={onStart}
        onConsent={ok}
      />,
    );
    const form = screen.getByTestId('offline-form');
    expect(form.textContent).toMatch(/Layanan sedang tutup; buka lagi Senin 5\/1 pukul 08\.00 WITA/);
    expect(form.textContent).toMatch(/jawaban dikirim ke e-mail Anda paling lambat 3 hari kerja/);
    fireEvent.input(screen.getByLabelText('Pesan Anda'), { target: { value: 'Mohon data IPM.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pesan' }));
    await waitFor(() => expect(onStart).toHaveBeenCalledWith('Mohon data IPM.'));
  });

  it('with the desk open but nobody online, says so', () => {
    render(
      <PreChat
        t={translator('id')}
        lang="id"
        office={office({ open: true, available: false })}
        registered={false}
        onRegister={ok}
        onStart={ok}
        onConsent={ok}
      />,
    );
    expect(screen.getByTestId('offline-form').textContent).toMatch('Belum ada petugas yang daring.');
    expect(screen.getByTestId('guestbook-name')).toBeTruthy();
    expect(screen.getByTestId('offline-message')).toBeTruthy();
  });
});
