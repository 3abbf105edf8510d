import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../lib/deadline.ts';
import { detail, ids, inbox, message, presence, summary } from '../testing/fixtures.ts';
import { workspaceHarness } from '../testing/harness.ts';
import { type ConversationDialog, ConversationView } from './ConversationView.tsx';

type Harness = Awaited<ReturnType<typeof workspaceHarness>>;

function View({ harness }: { harness: Harness }) {
  const [dialog, setDialog] = useState<ConversationDialog>(null);
  return (
    <ConversationView
      id={ids.chat1}
      me={harness.me}
      workspace={harness.workspace}
      drafts={harness.drafts}
      deadlineOf={(chat) => {
        const desk = harness.workspace.inbox.desks.value.get(chat.officeCode);
        return { view: deadlineOf(chat, desk, Date.parse('2026-11-24T02:00:00Z')), desk };
      }}
      dialog={dialog}
      onDialog={setDialog}
    />
  );
}

async function open(options: Parameters<typeof workspaceHarness>[0] = {}) {
  const harness = await workspaceHarness({ openId: ids.chat1, ...options });
  render(<View harness={harness} />);
  await screen.findByRole('heading', { level: 1, name: 'Made Wirawan' });
  return harness;
}

describe('ConversationView', () => {
  it('says the answers go by e-mail when the visitor wrote by e-mail, and not in a live chat', async () => {
    await open({ conversation: detail({ channel: 'email', offline: true }) });
    expect(screen.getByTestId('answers-by-email').textContent).toBe(
      'Pengunjung tidak sedang daring: setiap jawaban Anda juga dikirim ke made@example.ac.id.',
    );
  });

  it('lets the officer complete the guest book of a visitor who wrote by e-mail', async () => {
    const emailVisitor = { ...detail().visitor, institution: '', occupation: '', phone: '' };
    const harness = await open({ conversation: detail({ channel: 'email', offline: true, visitor: emailVisitor }) });
    harness.api.completeGuestBook.mockImplementation(async (_id, input) => ({ ...emailVisitor, ...input }));
    fireEvent.click(screen.getByTestId('complete-guest-book'));
    fireEvent.input(screen.getByTestId('guest-book-institution'), { target: { value: 'Dinas Sosial' } });
    fireEvent.change(screen.getByTestId('guest-book-purpose'), { target: { value: 'metadata' } });
    fireEvent.click(screen.getByTestId('guest-book-save'));
    const card = screen.getByTestId('visitor-card');
    await waitFor(() => expect(within(card).getByText('Dinas Sosial')).toBeTruthy());
    expect(harness.api.completeGuestBook).toHaveBeenCalledWith(ids.chat1, {
      name: 'Made Wirawan',
      institution: 'Dinas Sosial',
      purpose: 'metadata',
    });
    expect(within(card).getByText('Metadata')).toBeTruthy();
  });

  it('shows no e-mail note in a live chat', async () => {
    await open();
    expect(screen.queryByTestId('answers-by-email')).toBeNull();
    expect(screen.queryByTestId('complete-guest-book')).toBeNull();
  });

  it('shows the guest book and the transcript, with text as text and never as HTML', async () => {
    await open({
      transcript: [
        message(1, { text: '<b>tebal</b><img src=x onerror=alert(1)>' }),
        message(2, { author: 'system', event: 'assigned', text: 'x' }),
      ],
    });
    const card = screen.getByTestId('visitor-card');
    expect(within(card).getByText('made@example.ac.id')).toBeTruthy();
    expect(within(card).getByText('Mahasiswa')).toBeTruthy();
    expect(within(card).getByRole('link').getAttribute('href')).toBe('https://tabanankab.bps.go.id/statistik');
    expect(screen.getByText('<b>tebal</b><img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('.transcript img, .transcript b')).toBeNull();
    expect(screen.getAllByTestId('message').map((el) => el.dataset.author)).toEqual(['visitor', 'system']);
    expect(screen.getByText('Petugas menerima percakapan ini.', { exact: false })).toBeTruthy();
  });

  it('sends with Enter, adds a line with Shift+Enter, and shows the reply as sending', async () => {
    const harness = await open();
    // The server never answers here: the reply stays on screen as sending.
    harness.fake.handle('message:send', () => new Promise(() => {}));
    const box = screen.getByRole('textbox', { name: 'Balasan' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Baris satu' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(harness.fake.requests('message:send')).toEqual([]);
    fireEvent.input(box, { target: { value: 'Baris satu\nBaris dua' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(box.value).toBe(''));
    expect(harness.fake.requests('message:send')).toMatchObject([
      { conversationId: ids.chat1, text: 'Baris satu\nBaris dua' },
    ]);
    const pending = screen.getAllByTestId('message').at(-1);
    expect(pending?.dataset).toMatchObject({ author: 'officer', state: 'sending' });
    expect(pending?.textContent).toContain('Mengirim…');
  });

  it('offers the office canned responses after a slash and inserts the chosen one', async () => {
    const harness = await workspaceHarness({ openId: ids.chat1 });
    harness.api.cannedResponses.mockResolvedValue([
      { id: 'e00000000000000000000001', officeCode: '5102', shortcut: 'salam', text: 'Selamat pagi!' },
      { id: 'e00000000000000000000002', officeCode: '5102', shortcut: 'sensus', text: 'Lihat sensus.bps.go.id' },
    ]);
    await harness.workspace.canned.load('5102');
    render(<View harness={harness} />);
    const box = (await screen.findByRole('textbox', { name: 'Balasan' })) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Halo /s' } });
    expect(screen.getAllByTestId('canned-response').map((el) => el.textContent)).toEqual([
      '/salam Selamat pagi!',
      '/sensus Lihat sensus.bps.go.id',
    ]);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Halo Lihat sensus.bps.go.id');
    expect(screen.queryByTestId('canned-response')).toBeNull();
    expect(harness.fake.requests('message:send')).toEqual([]);
  });

  it('shows the visitor typing until their message arrives', async () => {
    const harness = await open();
    act(() => harness.fake.emit('typing:changed', { conversationId: ids.chat1, author: 'visitor', typing: true }));
    expect(screen.getByTestId('typing-indicator').textContent).toBe('Made Wirawan sedang mengetik…');
    act(() => harness.fake.emit('message:created', message(3, { text: 'Ada?' })));
    expect(screen.queryByTestId('typing-indicator')).toBeNull();
  });

  it('keeps private notes and adds one', async () => {
    const harness = await workspaceHarness({ openId: ids.chat1 });
    const note = {
      id: 'f00000000000000000000001',
      conversationId: ids.chat1,
      officerId: ids.me,
      officerName: 'Putu Ayu',
      at: '2026-11-23T02:05:00.000Z',
    };
    harness.api.notes.mockResolvedValue([{ ...note, text: 'Butuh data kecamatan' }]);
    harness.api.addNote.mockResolvedValue({ ...note, id: 'f00000000000000000000002', text: 'Sudah dirujuk' });
    await harness.workspace.notes.load(ids.chat1);
    render(<View harness={harness} />);
    expect((await screen.findAllByTestId('private-note')).map((el) => el.querySelector('.text')?.textContent)).toEqual([
      'Butuh data kecamatan',
    ]);
    fireEvent.input(screen.getByRole('textbox', { name: 'Catatan baru' }), { target: { value: 'Sudah dirujuk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    await waitFor(() => expect(screen.getAllByTestId('private-note')).toHaveLength(2));
    expect(harness.api.addNote).toHaveBeenCalledWith(ids.chat1, 'Sudah dirujuk');
    expect(harness.fake.sent.some((entry) => JSON.stringify(entry).includes('dirujuk'))).toBe(false);
  });

  it('transfers to an online colleague with room, and only to such', async () => {
    const harness = await open({
      snapshot: inbox({
        mine: [summary()],
        officers: [
          presence({ id: ids.me, name: 'Putu Ayu' }),
          presence({ id: ids.colleague, name: 'Kadek Sari' }),
          presence({ id: 'a00000000000000000000003', name: 'Wayan Away', status: 'away' }),
          presence({ id: 'a00000000000000000000004', name: 'Gede Penuh', activeChats: 5 }),
        ],
      }),
    });
    harness.fake.handle('conversation:transfer', ({ officerId }) => ({
      ok: true,
      data: summary({ officerId, officerName: 'Kadek Sari', lastSeq: 3 }),
    }));
    fireEvent.click(screen.getByTestId('transfer-chat'));
    const dialog = screen.getByRole('dialog', { name: 'Alihkan percakapan' });
    expect(
      within(dialog)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kadek Sari (1/5 percakapan)']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Alihkan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(harness.fake.requests('conversation:transfer')).toEqual([
      { conversationId: ids.chat1, officerId: ids.colleague },
    ]);
    expect(harness.workspace.inbox.mine.value).toEqual([]);
  });

  it('closes with a topic and a summary, then shows the chat as closed without a reply box', async () => {
    const harness = await open();
    harness.fake.handle('conversation:close', () => ({
      ok: true,
      data: summary({ status: 'closed', lastSeq: 3, closedAt: '2026-11-23T03:00:00.000Z' }),
    }));
    fireEvent.click(screen.getByTestId('close-chat'));
    const dialog = screen.getByRole('dialog', { name: 'Selesaikan konsultasi' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Topik' }), { target: { value: 'metadata' } });
    fireEvent.input(within(dialog).getByRole('textbox', { name: 'Ringkasan (opsional)' }), {
      target: { value: 'Dirujuk ke KDA' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Selesaikan' }));
    await screen.findByText('Percakapan ini sudah selesai. Topik: Metadata.', { exact: false });
    expect(harness.fake.requests('conversation:close')).toEqual([
      { conversationId: ids.chat1, topic: 'metadata', summary: 'Dirujuk ke KDA' },
    ]);
    expect(screen.queryByRole('textbox', { name: 'Balasan' })).toBeNull();
    expect(screen.queryByTestId('close-chat')).toBeNull();
  });
});
