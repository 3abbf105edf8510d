import type { OfficeAdmin } from '@pst/protocol';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../i18n/context.ts';
import { translator } from '../i18n/index.ts';
import { ApiFailure } from '../lib/api.ts';
import { createOfficeSettingsModel } from '../models/office-settings.ts';
import { fakeApi } from '../testing/harness.ts';
import { SettingsView } from './SettingsView.tsx';

const office = (code: string, changes: Partial<OfficeAdmin> = {}): OfficeAdmin => ({
  code,
  name: `BPS ${code}`,
  timeZone: 'Asia/Makassar',
  serviceHours: [{ weekday: 1, start: '08:00', end: '16:00' }],
  closures: [],
  allowedOrigins: ['https://tabanankab.bps.go.id'],
  complaintChannels: [],
  contacts: {},
  routingMode: 'auto',
  maxChatsPerOfficer: 5,
  inactivityCloseDays: 7,
  responseDeadlineDays: 3,
  retentionDays: 730,
  ikmSurvey: false,
  privacyNotice: { version: '2026-11', id: 'Pemberitahuan privasi', en: 'Privacy notice' },
  fileKinds: ['xlsx', 'pdf', 'png'],
  widget: { colour: '#0b4f8a', greeting: { id: 'Halo', en: 'Hello' }, position: 'right' },
  languages: ['id', 'en'],
  ...changes,
});

function show(offices: OfficeAdmin[]) {
  const api = fakeApi();
  api.offices.mockResolvedValue(offices);
  api.updateOffice.mockImplementation(async (code, input) => ({
    ...(offices.find((known) => known.code === code) as OfficeAdmin),
    ...(input as Partial<OfficeAdmin>),
  }));
  const copy = vi.fn(async () => {});
  const settings = createOfficeSettingsModel(api);
  render(
    <TranslateContext.Provider value={translator('id')}>
      <SettingsView settings={settings} chatOrigin="https://livechat.bps.go.id" copy={copy} />
    </TranslateContext.Provider>,
  );
  return { api, copy };
}

describe('the office settings screen', () => {
  it('adds a second slot to a day and a closure, and saves each list whole', async () => {
    const { api } = show([office('5102')]);
    const hours = await screen.findByTestId('settings-hours');
    fireEvent.click(within(hours).getByTestId('row-add'));
    const rows = within(hours).getAllByTestId('settings-row');
    expect(rows).toHaveLength(2);
    const added = rows[1] as HTMLElement;
    fireEvent.change(within(added).getByLabelText('Hari'), { target: { value: '1' } });
    fireEvent.input(within(added).getByLabelText('Mulai'), { target: { value: '18:00' } });
    fireEvent.input(within(added).getByLabelText('Selesai'), { target: { value: '20:00' } });
    fireEvent.click(within(hours).getByTestId('settings-save'));
    await waitFor(() =>
      expect(api.updateOffice).toHaveBeenCalledWith('5102', {
        serviceHours: [
          { weekday: 1, start: '08:00', end: '16:00' },
          { weekday: 1, start: '18:00', end: '20:00' },
        ],
      }),
    );
    await within(hours).findByText('Tersimpan; berlaku sekarang.');

    const closures = screen.getByTestId('settings-closures');
    fireEvent.click(within(closures).getByTestId('row-add'));
    fireEvent.input(within(closures).getByLabelText('Tanggal'), { target: { value: '2026-12-24' } });
    fireEvent.input(within(closures).getByLabelText('Keterangan'), { target: { value: 'Rapat kerja' } });
    fireEvent.click(within(closures).getByTestId('settings-save'));
    await waitFor(() =>
      expect(api.updateOffice).toHaveBeenLastCalledWith('5102', {
        closures: [{ date: '2026-12-24', label: 'Rapat kerja' }],
      }),
    );
    expect(api.officeAudit).toHaveBeenCalledWith('5102');
  });

  it("shows the server's refusal, naming the field", async () => {
    const { api } = show([office('5102')]);
    api.updateOffice.mockRejectedValue(
      new ApiFailure('BAD_REQUEST', 400, 'Invalid input. maxChatsPerOfficer: Too big: expected number to be <=50'),
    );
    const desk = await screen.findByTestId('settings-desk');
    fireEvent.input(within(desk).getByLabelText('Percakapan per petugas'), { target: { valueAsNumber: 80 } });
    fireEvent.submit(within(desk).getByTestId('settings-save').closest('form') as HTMLFormElement);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tidak tersimpan: ada isian yang tidak valid.');
    expect(alert.textContent).toContain('maxChatsPerOfficer');
    expect(within(desk).queryByText('Tersimpan; berlaku sekarang.')).toBeNull();
  });

  it('saves a new privacy notice, naming the version in force', async () => {
    const { api } = show([office('5102')]);
    const section = await screen.findByTestId('settings-privacy');
    expect(section.textContent).toContain('Versi sekarang: 2026-11');
    fireEvent.input(within(section).getByTestId('privacy-notice-id'), { target: { value: 'Teks baru' } });
    fireEvent.submit(within(section).getByTestId('settings-save').closest('form') as HTMLFormElement);
    await within(section).findByText('Tersimpan; berlaku sekarang.');
    expect(api.updateOffice).toHaveBeenCalledWith('5102', {
      privacyNotice: { id: 'Teks baru', en: 'Privacy notice' },
    });
  });

  it('saves the kinds of file the office accepts', async () => {
    const { api } = show([office('5102')]);
    const files = await screen.findByTestId('settings-files');
    fireEvent.click(within(files).getByTestId('file-kind-pdf'));
    fireEvent.click(within(files).getByTestId('file-kind-csv'));
    fireEvent.submit(within(files).getByTestId('settings-save').closest('form') as HTMLFormElement);
    await within(files).findByText('Tersimpan; berlaku sekarang.');
    expect(api.updateOffice).toHaveBeenCalledWith('5102', { fileKinds: ['xlsx', 'csv', 'png'] });
  });

  it('adds and removes allowed origins, and says whether a page would be accepted', async () => {
    const { api } = show([office('5102')]);
    const origins = await screen.findByTestId('settings-origins');
    fireEvent.input(within(origins).getByTestId('origin-new'), { target: { value: 'https://ppid.tabanankab.go.id' } });
    fireEvent.click(within(origins).getByTestId('origin-add'));
    await waitFor(() =>
      expect(api.updateOffice).toHaveBeenCalledWith('5102', {
        allowedOrigins: ['https://tabanankab.bps.go.id', 'https://ppid.tabanankab.go.id'],
      }),
    );
    fireEvent.click(within(origins).getByRole('button', { name: 'Hapus https://tabanankab.bps.go.id' }));
    await waitFor(() =>
      expect(api.updateOffice).toHaveBeenLastCalledWith('5102', { allowedOrigins: ['https://ppid.tabanankab.go.id'] }),
    );

    api.checkOrigin.mockResolvedValue({ origin: 'https://blog.example.org', accepted: false, reason: 'not_listed' });
    fireEvent.input(within(origins).getByTestId('origin-check-url'), {
      target: { value: 'https://blog.example.org/artikel' },
    });
    fireEvent.click(within(origins).getByTestId('origin-check'));
    const result = await within(origins).findByTestId('origin-check-result');
    expect(api.checkOrigin).toHaveBeenCalledWith('5102', 'https://blog.example.org/artikel');
    expect(result.textContent).toBe(
      'Ditolak: tambahkan https://blog.example.org ke daftar agar widget bekerja di halaman itu.',
    );
    expect(result.dataset.accepted).toBe('false');
  });

  it('shows the exact script tag of the chosen office, with a copy button', async () => {
    const { copy } = show([office('5102'), office('5108')]);
    const snippet = await screen.findByTestId('embed-snippet');
    const tag = '<script src="https://livechat.bps.go.id/widget.js" data-office="5102" async></script>';
    expect(snippet.textContent).toBe(tag);
    fireEvent.click(screen.getByTestId('embed-copy'));
    await screen.findByText('Tersalin.');
    expect(copy).toHaveBeenCalledWith(tag);

    fireEvent.change(screen.getByTestId('settings-office'), { target: { value: '5108' } });
    await waitFor(() => expect(screen.getByTestId('embed-snippet').textContent).toContain('data-office="5108"'));
  });

  it('lists the office audit: who, and what changed', async () => {
    const { api } = show([office('5102')]);
    api.officeAudit.mockResolvedValue([
      {
        id: 'e00000000000000000000001',
        officeCode: '5102',
        at: '2026-11-23T02:00:00.000Z',
        by: { kind: 'officer', id: 'a00000000000000000000001', name: 'Ni Luh Sari' },
        changes: [
          { field: 'responseDeadlineDays', before: 3, after: 2 },
          { field: 'closures', added: [{ date: '2026-12-24', label: 'Rapat kerja' }], removed: [] },
        ],
      },
    ]);
    const entry = await screen.findByTestId('audit-entry');
    expect(entry.textContent).toContain('Ni Luh Sari');
    expect(entry.textContent).toContain('responseDeadlineDays: 3 → 2');
    expect(entry.textContent).toContain('closures: + 2026-12-24 Rapat kerja');
  });

  it('sets the office mailbox with IMAP, never showing a stored password, and shows the last read error', async () => {
    const { api } = show([office('5102')]);
    api.setMailbox.mockImplementation(async (_code, input) => ({
      address: input.address,
      imap: { host: 'imap.bps.go.id', port: 993, secure: true, user: 'pst5102', folder: 'INBOX' },
      lastError: 'Authentication failed',
    }));
    const section = await screen.findByTestId('settings-mailbox');
    fireEvent.input(within(section).getByTestId('mailbox-address'), { target: { value: 'pst5102@bps.go.id' } });
    fireEvent.click(within(section).getByTestId('mailbox-imap'));
    fireEvent.input(within(section).getByTestId('mailbox-host'), { target: { value: 'imap.bps.go.id' } });
    fireEvent.input(within(section).getByTestId('mailbox-user'), { target: { value: 'pst5102' } });
    fireEvent.input(within(section).getByTestId('mailbox-password'), { target: { value: 'rahasia' } });
    fireEvent.click(within(section).getByTestId('mailbox-save'));
    await waitFor(() =>
      expect(api.setMailbox).toHaveBeenCalledWith('5102', {
        address: 'pst5102@bps.go.id',
        imap: {
          host: 'imap.bps.go.id',
          port: 993,
          secure: true,
          user: 'pst5102',
          password: 'rahasia',
          folder: 'INBOX',
        },
      }),
    );
    expect((await within(section).findByTestId('mailbox-error')).textContent).toBe(
      'Gagal membaca: Authentication failed',
    );
    expect((within(section).getByTestId('mailbox-password') as HTMLInputElement).value).toBe('');

    fireEvent.click(within(section).getByTestId('mailbox-remove'));
    await waitFor(() => expect(api.deleteMailbox).toHaveBeenCalledWith('5102'));
    await waitFor(() => expect(within(section).queryByTestId('mailbox-remove')).toBeNull());
  });
});
