import type { FaqEntry } from '@pst/protocol';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import { office } from '../test-support/fixtures.ts';
import { PreChat } from './PreChat.tsx';

const ok = async () => ({ ok: true as const });

/** The office's FAQ as the server would answer `GET /api/widget/:code/faq`; and what was POSTed. */
let faq: FaqEntry[] = [];
const posted: string[] = [];
beforeEach(() => {
  faq = [];
  posted.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') posted.push(url);
      return new Response(JSON.stringify(faq), { status: init?.method === 'POST' ? 204 : 200 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('before a conversation', () => {
  it('greets in the visitor’s language and offers the guest book when an officer is online', async () => {
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
    // No FAQ at this office: the guest book at once, and no request for one.
    expect(fetch).not.toHaveBeenCalled();
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

  it('with the desk open but nobody online, says so', async () => {
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

  it('with an FAQ, offers it first: search as one types, count an answer, or ask with the question filled in', async () => {
    faq = [
      {
        id: 'a'.repeat(24),
        question: 'Berapa jumlah penduduk?',
        answer: 'Lihat https://tabanankab.bps.go.id/penduduk',
      },
      { id: 'b'.repeat(24), question: 'Kapan inflasi dirilis?', answer: 'Setiap awal bulan.' },
    ];
    render(
      <PreChat
        t={translator('id')}
        lang="id"
        office={office({ hasFaq: true })}
        registered={false}
        onRegister={ok}
        onStart={ok}
        onConsent={ok}
      />,
    );
    expect(await screen.findAllByTestId('faq-result')).toHaveLength(2);
    expect(screen.queryByTestId('guestbook-name')).toBeNull();
    fireEvent.input(screen.getByLabelText('Apa yang ingin Anda ketahui?'), { target: { value: 'penduduk Tabanan' } });
    expect(screen.getAllByTestId('faq-result').map((item) => item.querySelector('summary')?.textContent)).toEqual([
      'Berapa jumlah penduduk?',
    ]);
    expect(screen.getByRole('link', { name: 'https://tabanankab.bps.go.id/penduduk' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('faq-answered'));
    expect(screen.getByTestId('faq-thanks')).toBeTruthy();
    expect(posted).toEqual([`/api/widget/5102/faq/${'a'.repeat(24)}/answered`]);

    fireEvent.click(screen.getByRole('button', { name: 'Tidak menemukan jawaban? Tanya petugas' }));
    expect(screen.getByTestId('guestbook-question')).toHaveProperty('value', 'penduduk Tabanan');
  });
});
