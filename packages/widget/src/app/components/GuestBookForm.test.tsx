import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/both.ts';
import type { SubmitResult } from '../models/consultation.ts';
import { GuestBookForm } from './GuestBookForm.tsx';

const t = translator('id');
const ok = async () => ({ ok: true as const });

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function fillAll() {
  fill('Nama lengkap', 'Made Wirawan');
  fill('E-mail', 'Made@Example.ac.id');
  fill('Nomor telepon/WhatsApp', '+62 812 3456 7890');
  fill('Instansi/universitas', 'Universitas Udayana');
  fill('Pekerjaan', 'Mahasiswa');
  fireEvent.change(screen.getByLabelText('Tujuan konsultasi'), { target: { value: 'metadata' } });
  fill('Pertanyaan Anda', '  Berapa jumlah penduduk Tabanan?  ');
  fireEvent.click(screen.getByRole('checkbox', { name: /Saya setuju/ }));
}

const privacy = { version: '2026-11', href: '/privacy/5102?lang=id' };

describe('the guest book', () => {
  it('tells what is wrong with a field when the visitor leaves it', () => {
    render(
      <GuestBookForm
        t={t}
        privacy={privacy}
        onConsent={ok}
        mode="live"
        registered={false}
        onRegister={ok}
        onStart={ok}
      />,
    );
    const email = screen.getByRole('textbox', { name: 'E-mail' });
    fireEvent.input(email, { target: { value: 'made@' } });
    expect(screen.queryByText(/alamat e-mail yang benar/)).toBeNull();
    fireEvent.blur(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/alamat e-mail yang benar/).id).toBe(email.getAttribute('aria-describedby'));
    fireEvent.input(email, { target: { value: 'made@example.ac.id' } });
    expect(screen.queryByText(/alamat e-mail yang benar/)).toBeNull();
  });

  it('marks nothing when the visitor only tabs through empty fields', () => {
    render(
      <GuestBookForm
        t={t}
        privacy={privacy}
        onConsent={ok}
        mode="live"
        registered={false}
        onRegister={ok}
        onStart={ok}
      />,
    );
    for (const label of ['Nama lengkap', 'E-mail', 'Pertanyaan Anda']) {
      const field = screen.getByLabelText(label);
      fireEvent.focus(field);
      fireEvent.blur(field);
      expect(field.getAttribute('aria-invalid')).toBeNull();
    }
    expect(screen.queryByText('Wajib diisi.')).toBeNull();
  });

  it('on submit shows every problem, focuses the first, and sends nothing', () => {
    const onRegister = vi.fn(ok);
    render(
      <GuestBookForm
        t={t}
        privacy={privacy}
        onConsent={ok}
        mode="live"
        registered={false}
        onRegister={onRegister}
        onStart={ok}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(6);
    expect(screen.getByText('Pilih salah satu tujuan.')).toBeTruthy();
    expect(screen.getByText('Centang persetujuan untuk melanjutkan.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Nama lengkap'));
    expect(onRegister).not.toHaveBeenCalled();
  });

  it('sends the cleaned guest book with consent and the question', async () => {
    const onRegister = vi.fn(ok);
    render(
      <GuestBookForm
        t={t}
        privacy={privacy}
        onConsent={ok}
        mode="live"
        registered={false}
        onRegister={onRegister}
        onStart={ok}
      />,
    );
    fillAll();
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    await waitFor(() => expect(onRegister).toHaveBeenCalledOnce());
    expect(onRegister).toHaveBeenCalledWith(
      expect.objectContaining({
        email: 'made@example.ac.id',
        purpose: 'metadata',
        consent: true,
        consentVersion: '2026-11',
      }),
      'Berapa jumlah penduduk Tabanan?',
    );
  });

  it('asks a returning visitor only for the question', async () => {
    const onStart = vi.fn(ok);
    render(
      <GuestBookForm t={t} privacy={privacy} onConsent={ok} mode="live" registered onRegister={ok} onStart={onStart} />,
    );
    expect(screen.queryByLabelText('Nama lengkap')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    fill('Pertanyaan Anda', 'Data inflasi?');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    await waitFor(() => expect(onStart).toHaveBeenCalledWith('Data inflasi?'));
  });

  it('says why the server did not take it', async () => {
    render(
      <GuestBookForm
        t={t}
        privacy={privacy}
        onConsent={ok}
        mode="live"
        registered
        onRegister={ok}
        onStart={async () => ({ ok: false, problem: 'notConnected' })}
      />,
    );
    fill('Pertanyaan Anda', 'Data inflasi?');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('error.notConnected'));
  });

  it('links the privacy notice, and asks a returning visitor to consent again after it changed', async () => {
    const onConsent = vi.fn(ok);
    const onStart = vi
      .fn<(question: string) => Promise<SubmitResult>>()
      .mockResolvedValueOnce({ ok: false, problem: 'consentOutdated' })
      .mockResolvedValue({ ok: true });
    render(
      <GuestBookForm
        t={t}
        privacy={{ version: '5102-r2', href: '/privacy/5102?lang=id' }}
        mode="live"
        registered
        onRegister={ok}
        onStart={onStart}
        onConsent={onConsent}
      />,
    );
    expect(screen.queryByTestId('privacy-notice-link')).toBeNull();
    fill('Pertanyaan Anda', 'Data inflasi?');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    expect((await screen.findByRole('alert')).textContent).toContain('telah diperbarui');
    expect(screen.getByTestId('privacy-notice-link').getAttribute('href')).toBe('/privacy/5102?lang=id');
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    expect(await screen.findByText('Centang persetujuan untuk melanjutkan.')).toBeTruthy();
    expect(onConsent).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /Saya setuju/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Mulai konsultasi' }));
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(2));
    expect(onConsent).toHaveBeenCalledWith('5102-r2');
  });
});
