import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { ConnectionState } from './ConnectionState.tsx';

describe('the connection state', () => {
  it.each([
    ['connecting', 'Menghubungkan…'],
    ['connected', 'Terhubung'],
    ['reconnecting', 'Koneksi terputus, menyambung ulang…'],
    ['offline', 'Layanan tidak dapat dihubungi. Pesan Anda disimpan dan dikirim saat koneksi kembali.'],
  ] as const)('says %s in words, as a status', (state, text) => {
    render(<ConnectionState t={translator('id')} state={state} />);
    const element = screen.getByRole('status');
    expect(element.dataset.testid).toBe('connection-state');
    expect(element.dataset.state).toBe(state);
    expect(element.textContent).toBe(text);
  });

  it('says when this website is not allowed', () => {
    render(<ConnectionState t={translator('en')} state="offline" refusal="ORIGIN_NOT_ALLOWED" />);
    expect(screen.getByTestId('connection-state').textContent).toBe(
      'This website may not use the consultation service yet.',
    );
  });
});
