import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createClosedListModel } from '../models/closed-list.ts';
import { ids, inbox, queued, summary } from '../testing/fixtures.ts';
import { type HarnessOptions, workspaceHarness } from '../testing/harness.ts';
import { WorkspaceView } from './WorkspaceView.tsx';

const NOW = Date.parse('2026-11-23T02:07:00.000Z');

async function show(options: HarnessOptions = {}) {
  const harness = await workspaceHarness(options);
  const closedList = createClosedListModel(harness.api);
  render(
    <WorkspaceView
      me={harness.me}
      workspace={harness.workspace}
      drafts={harness.drafts}
      closedList={closedList}
      now={NOW}
    />,
  );
  return harness;
}

describe('WorkspaceView', () => {
  it('lists the queue with who waits, for what and how long, and accepts a chat into Mine', async () => {
    const harness = await show({ snapshot: inbox({ mine: [] }) });
    act(() => harness.fake.emit('queue:updated', { officeCode: '5102', queue: [queued({ id: ids.chat2 })] }));
    harness.fake.handle('conversation:accept', ({ conversationId }) => ({
      ok: true,
      data: summary({ id: conversationId, lastSeq: 2 }),
    }));
    const line = screen.getByTestId('queue-item');
    expect(line.textContent).toContain('Made Wirawan');
    expect(line.textContent).toContain('Universitas Udayana · Data');
    expect(line.textContent).toContain('Berapa jumlah penduduk Tabanan 2025?');
    expect(line.textContent).toContain('7 mnt');
    fireEvent.click(within(line).getByRole('button', { name: 'Terima percakapan dari Made Wirawan' }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /Percakapan saya/ }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(harness.fake.requests('conversation:accept')).toEqual([{ conversationId: ids.chat2 }]);
    expect(harness.openId.value).toBe(ids.chat2);
  });

  it('says so when another officer accepted first', async () => {
    const harness = await show({ snapshot: inbox({ mine: [], queue: [queued({ id: ids.chat2 })] }) });
    harness.fake.handle('conversation:accept', () => ({ ok: false, error: { code: 'ALREADY_TAKEN', message: 'x' } }));
    fireEvent.click(screen.getByTestId('accept-chat'));
    expect((await screen.findByRole('alert')).textContent).toContain('Petugas lain sudah menerima percakapan ini.');
  });

  it('shows unread counts on my chats until the chat is opened', async () => {
    const harness = await show();
    const item = screen.getByTestId('conversation-item');
    expect(within(item).getByTestId('unread-count').textContent).toBe('2');
    expect(within(item).getByText('2 pesan belum dibaca')).toBeTruthy();
    fireEvent.click(item);
    await waitFor(() => expect(screen.queryByTestId('unread-count')).toBeNull());
    expect(harness.fake.requests('read:mark')).toEqual([{ conversationId: ids.chat1, seq: 2 }]);
    expect(await screen.findByTestId('visitor-card')).toBeTruthy();
  });

  it('searches and pages the closed chats', async () => {
    const harness = await show();
    harness.api.conversations.mockResolvedValue({
      items: [summary({ id: ids.chat3, status: 'closed', closedAt: '2026-11-20T02:00:00.000Z' })],
      page: 1,
      pageSize: 20,
      total: 41,
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Selesai' }));
    expect(await screen.findByText('Halaman 1 dari 3')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Cari percakapan selesai' }), {
      target: { value: ' Sari ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    await waitFor(() =>
      expect(harness.api.conversations).toHaveBeenLastCalledWith({ status: 'closed', q: 'Sari', page: 1 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await waitFor(() =>
      expect(harness.api.conversations).toHaveBeenLastCalledWith({ status: 'closed', q: 'Sari', page: 2 }),
    );
    fireEvent.click(screen.getByRole('button', { name: /Made Wirawan/ }));
    expect(harness.openId.value).toBe(ids.chat3);
  });

  it('answers the keyboard: Alt+N next chat, Alt+A accept, Alt+C close', async () => {
    const harness = await show({
      snapshot: inbox({ mine: [summary({ officerReadSeq: 2 })], queue: [queued({ id: ids.chat2 })] }),
    });
    harness.fake.handle('conversation:accept', ({ conversationId }) => ({
      ok: true,
      data: summary({ id: conversationId, lastSeq: 2, createdAt: '2026-11-23T02:05:00.000Z' }),
    }));
    fireEvent.keyDown(document, { altKey: true, code: 'KeyN' });
    expect(harness.openId.value).toBe(ids.chat1);
    fireEvent.keyDown(document, { altKey: true, code: 'KeyA' });
    await waitFor(() => expect(harness.openId.value).toBe(ids.chat2));
    await screen.findByTestId('close-chat');
    fireEvent.keyDown(document, { altKey: true, code: 'KeyC' });
    expect(screen.getByRole('dialog', { name: 'Selesaikan konsultasi' })).toBeTruthy();
  });
});
