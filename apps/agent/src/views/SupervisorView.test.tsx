import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createSupervisorModel } from '../models/supervisor.ts';
import { ids, inbox, me, presence, queued, summary } from '../testing/fixtures.ts';
import { workspaceHarness } from '../testing/harness.ts';
import { SupervisorView } from './SupervisorView.tsx';

const NOW = Date.parse('2026-11-23T02:12:00.000Z');
const boss = { ...me, role: 'supervisor' as const, name: 'Wayan Supervisor' };
const officer = (id: string, name: string, disabled = false) => ({
  id,
  name,
  email: `${name.split(' ')[0]?.toLowerCase()}@bps.go.id`,
  role: 'officer' as const,
  offices: ['5102'],
  status: 'online' as const,
  disabled,
});

async function show(setUp: (harness: Awaited<ReturnType<typeof workspaceHarness>>) => void = () => {}) {
  const harness = await workspaceHarness({
    me: boss,
    snapshot: inbox({
      me: boss,
      queue: [
        queued({
          id: ids.chat3,
          visitor: { id: ids.visitor, name: 'Luh Antre', institution: 'SMA 1', purpose: 'metadata' },
        }),
      ],
      officers: [
        presence({ id: ids.colleague, name: 'Kadek Sari', activeChats: 1 }),
        presence({
          id: 'a00000000000000000000003',
          name: 'Gede Luang',
          activeChats: 0,
          status: 'away',
          connected: false,
        }),
        presence({ id: 'a00000000000000000000004', name: 'Nyoman Bisa', activeChats: 0 }),
      ],
    }),
  });
  harness.api.officers.mockResolvedValue([officer(ids.colleague, 'Kadek Sari')]);
  harness.api.conversations.mockResolvedValue({
    items: [
      summary({
        id: ids.chat2,
        officerId: ids.colleague,
        officerName: 'Kadek Sari',
        lastMessage: 'Baik, terima kasih',
      }),
    ],
    page: 1,
    pageSize: 20,
    total: 1,
  });
  setUp(harness);
  const supervisor = createSupervisorModel(harness.api, harness.workspace.inbox, '5102');
  render(<SupervisorView me={boss} workspace={harness.workspace} supervisor={supervisor} now={NOW} />);
  await screen.findByText('Baik, terima kasih');
  return harness;
}

describe('SupervisorView', () => {
  it('lists visitors’ verified data requests with their due time, and carries one out', async () => {
    const harness = await show((h) => {
      h.api.dataRequests.mockResolvedValue([
        {
          id: 'd00000000000000000000001',
          officeCode: '5102',
          kind: 'erase',
          status: 'open',
          createdAt: '2026-11-23T01:00:00.000Z',
          dueAt: '2026-11-26T01:00:00.000Z',
          visitorName: 'Made Wirawan',
        },
      ]);
    });
    const panel = screen.getByRole('region', { name: 'Permintaan data pribadi' });
    expect(within(panel).getByTestId('data-request').textContent).toContain('Made Wirawan · hapus data');
    fireEvent.click(within(panel).getByRole('button', { name: 'Hapus sekarang' }));
    await waitFor(() => expect(within(panel).getByText('Tidak ada permintaan yang menunggu.')).toBeTruthy());
    expect(harness.api.completeDataRequest).toHaveBeenCalledWith('d00000000000000000000001');
  });

  it('shows what retention anonymises next, and when', async () => {
    await show((h) => {
      h.api.expiringNext.mockResolvedValue([
        {
          conversationId: 'c00000000000000000000001',
          closedAt: '2024-12-02T03:00:00.000Z',
          expiresAt: '2026-12-02T03:00:00.000Z',
        },
      ]);
    });
    const panel = screen.getByRole('region', { name: 'Akan dianonimkan' });
    const item = within(panel).getByTestId('expiring-item');
    expect(item.textContent).toContain('Ditutup');
    expect(item.textContent).toContain('dianonimkan');
    expect(within(item).getByRole('link').getAttribute('href')).toBe('#/chat/c00000000000000000000001');
  });

  it('shows the live queue, the active chats with their officers and times, and every officer’s presence and load', async () => {
    const harness = await show();
    const queue = screen.getByRole('region', { name: 'Antrean (1)' });
    expect(within(queue).getByText('Luh Antre')).toBeTruthy();
    expect(within(queue).getByText('12 mnt')).toBeTruthy();
    const active = screen.getByRole('region', { name: 'Percakapan aktif (1)' });
    expect(within(active).getByText('Kadek Sari')).toBeTruthy();
    expect(within(active).getByTestId('due-date').textContent).toBe('Tenggat Kam 26 Nov 10.00 WITA');
    expect(harness.api.conversations).toHaveBeenCalledWith({ status: 'active', office: '5102', page: 1 });
    const officers = screen.getByRole('region', { name: 'Petugas' });
    const rows = within(officers)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('Gede LuangPetugasIstirahat · tidak membuka aplikasi0 dari 5');
    expect(rows).toContain('Kadek SariPetugasDaring1 dari 5');
  });

  it('reassigns an active chat to an officer who can take it', async () => {
    const harness = await show();
    harness.fake.handle('conversation:transfer', ({ conversationId, officerId }) => ({
      ok: true,
      data: summary({ id: conversationId, officerId, officerName: 'Nyoman Bisa', lastSeq: 3 }),
    }));
    const select = screen.getByRole('combobox', { name: 'Alihkan percakapan Made Wirawan ke' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih petugas', 'Nyoman Bisa']);
    fireEvent.change(select, { target: { value: 'a00000000000000000000004' } });
    await waitFor(() => expect(screen.getByText('Nyoman Bisa', { selector: 'td' })).toBeTruthy());
    expect(harness.fake.requests('conversation:transfer')).toEqual([
      { conversationId: ids.chat2, officerId: 'a00000000000000000000004' },
    ]);
  });

  it('manages canned responses', async () => {
    const harness = await show();
    harness.api.createCanned.mockResolvedValue({
      id: 'e00000000000000000000001',
      officeCode: '5102',
      shortcut: 'salam',
      text: 'Selamat pagi!',
    });
    const canned = screen.getByRole('region', { name: 'Jawaban siap pakai' });
    fireEvent.input(within(canned).getByRole('textbox', { name: 'Pintasan' }), { target: { value: 'salam' } });
    fireEvent.input(within(canned).getByRole('textbox', { name: 'Teks' }), { target: { value: 'Selamat pagi!' } });
    fireEvent.click(within(canned).getByRole('button', { name: 'Tambah' }));
    expect(await within(canned).findByText('/salam')).toBeTruthy();
    expect(harness.api.createCanned).toHaveBeenCalledWith('5102', { shortcut: 'salam', text: 'Selamat pagi!' });

    harness.api.deleteCanned.mockResolvedValue(undefined);
    fireEvent.click(within(canned).getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(within(canned).queryByText('/salam')).toBeNull());
  });

  it('creates, disables and resets the password of an officer', async () => {
    const harness = await show();
    const accounts = screen.getByRole('region', { name: 'Akun petugas' });
    harness.api.createOfficer.mockResolvedValue(officer('a00000000000000000000009', 'Ayu Baru'));
    fireEvent.input(within(accounts).getByRole('textbox', { name: 'Nama' }), { target: { value: 'Ayu Baru' } });
    fireEvent.input(within(accounts).getByRole('textbox', { name: 'Email' }), { target: { value: 'ayu@bps.go.id' } });
    fireEvent.input(within(accounts).getByLabelText('Kata sandi awal (min. 10 karakter)'), {
      target: { value: 'rahasia-panjang' },
    });
    fireEvent.click(within(accounts).getByRole('button', { name: 'Buat akun' }));
    expect(await within(accounts).findByText('Ayu Baru')).toBeTruthy();
    expect(harness.api.createOfficer).toHaveBeenCalledWith({
      name: 'Ayu Baru',
      email: 'ayu@bps.go.id',
      password: 'rahasia-panjang',
      role: 'officer',
      offices: ['5102'],
    });

    harness.api.updateOfficer.mockImplementation(async (id: string, change: object) => ({
      ...officer(id, 'Kadek Sari'),
      ...change,
    }));
    const kadek = within(accounts).getByText('Kadek Sari').closest('li') as HTMLElement;
    fireEvent.click(within(kadek).getByRole('button', { name: 'Nonaktifkan' }));
    expect(await within(accounts).findByText('· nonaktif', { exact: false })).toBeTruthy();
    expect(harness.api.updateOfficer).toHaveBeenCalledWith(ids.colleague, { disabled: true });

    fireEvent.click(within(kadek).getByRole('button', { name: 'Atur ulang kata sandi' }));
    fireEvent.input(within(accounts).getByLabelText('Kata sandi baru untuk Kadek Sari'), {
      target: { value: 'sandi-baru-123' },
    });
    fireEvent.click(within(accounts).getByRole('button', { name: 'Simpan' }));
    expect(await within(accounts).findByText('· kata sandi diganti', { exact: false })).toBeTruthy();
    expect(harness.api.updateOfficer).toHaveBeenLastCalledWith(ids.colleague, { password: 'sandi-baru-123' });
  });
});
