import { act, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { createConnectionModel } from '../models/connection.ts';
import { fakeTransport } from '../test-support/fake-transport.ts';
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

  it('says plainly, Indonesian first, when the server turns the connection down for now, and that it retries', () => {
    vi.useFakeTimers();
    const fake = fakeTransport();
    const connection = createConnectionModel(fake.transport);
    const Shown = () => (
      <ConnectionState t={translator('id')} state={connection.state.value} refusal={connection.refusal.value} />
    );
    render(<Shown />);
    connection.start(() => ({ officeCode: '5102' }));
    act(() => fake.fail('RATE_LIMITED'));
    const element = screen.getByTestId('connection-state');
    expect(element.textContent).toBe(
      'Terlalu banyak sambungan dari jaringan Anda. Kami mencoba lagi otomatis sebentar lagi; pesan Anda tetap disimpan.',
    );
    expect(element.dataset.refusal).toBe('RATE_LIMITED');

    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(fake.connects()).toBe(2);
    act(() => fake.up());
    expect(element.textContent).toBe('Terhubung');
    expect(element.dataset.refusal).toBeUndefined();
    vi.useRealTimers();
  });

  it('says it in English too', () => {
    render(<ConnectionState t={translator('en')} state="offline" refusal="RATE_LIMITED" />);
    expect(screen.getByTestId('connection-state').textContent).toBe(
      'Too many connections from your network. We will try again by ourselves shortly; your messages are kept.',
    );
  });
});
