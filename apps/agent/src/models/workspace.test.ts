import { effect, signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index.ts';
import type { Api } from '../lib/api.ts';
import type { Page } from '../lib/page.ts';
import { createFakeTransport } from '../testing/fake-transport.ts';
import { detail, ids, inbox, me, message, queued, summary } from '../testing/fixtures.ts';
import { createWorkspaceModel } from './workspace.ts';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakePage(hidden = false) {
  return {
    hidden: vi.fn(() => hidden),
    onVisibilityChange: vi.fn(() => () => {}),
    setTitle: vi.fn(),
    notify: vi.fn(),
    playSound: vi.fn(),
    askNotificationPermissionOnce: vi.fn(),
    // At once: these tests check what a message does, not when it is drawn.
    nextFrame: (callback: () => void) => callback(),
  } satisfies Page;
}

function setup(options: { hidden?: boolean; openId?: string | null; page?: ReturnType<typeof fakePage> } = {}) {
  const fake = createFakeTransport();
  const page = options.page ?? fakePage(options.hidden);
  const openId = signal<string | null>(options.openId ?? null);
  const api = {
    cannedResponses: vi.fn(async () => []),
    notes: vi.fn(async () => []),
  } as unknown as Api;
  const workspace = createWorkspaceModel({
    transport: fake.transport,
    api,
    page,
    me,
    openId,
    navigate: (id) => {
      openId.value = id;
    },
    translate: () => translator('id'),
    onUnauthenticated: vi.fn(),
  });
  let snapshot = inbox({ mine: [summary({ lastSeq: 2 })] });
  let transcript = [message(1), message(2)];
  fake.handle('inbox:sync', () => ({ ok: true, data: snapshot }));
  fake.handle('conversation:sync', ({ afterSeq }) => ({
    ok: true,
    data: {
      conversation: detail({ lastSeq: transcript.length }),
      messages: transcript.filter((m) => m.seq > (afterSeq ?? 0)),
    },
  }));
  fake.handle('read:mark', () => ({ ok: true, data: null }));
  workspace.start();
  return {
    fake,
    page,
    openId,
    workspace,
    setSnapshot: (next: typeof snapshot) => {
      snapshot = next;
    },
    setTranscript: (next: typeof transcript) => {
      transcript = next;
    },
  };
}

describe('workspace model', () => {
  it('loads the inbox and every chat of mine on connecting', async () => {
    const { fake, workspace } = setup();
    fake.status({ kind: 'connected' });
    await flush();
    expect(workspace.inbox.mine.value.map((c) => c.id)).toEqual([ids.chat1]);
    expect(workspace.conversation(ids.chat1).messages.value.map((m) => m.seq)).toEqual([1, 2]);
    expect(workspace.unread.value.get(ids.chat1)).toBe(2);
  });

  it('catches up after a reconnect from the last seq, without duplicates, and re-runs inbox:sync', async () => {
    const { fake, workspace, setTranscript } = setup();
    fake.status({ kind: 'connected' });
    await flush();
    fake.status({ kind: 'lost' });
    expect(workspace.connection.state.value).toBe('reconnecting');

    // While away: message 3 was written, and its event is replayed late as well.
    setTranscript([message(1), message(2), message(3)]);
    fake.status({ kind: 'connected' });
    await flush();
    fake.emit('message:created', message(3));
    fake.emit('message:created', message(2));

    expect(fake.requests('inbox:sync')).toHaveLength(2);
    expect(fake.requests('conversation:sync').at(-1)).toEqual({ conversationId: ids.chat1, afterSeq: 2 });
    expect(workspace.conversation(ids.chat1).messages.value.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('marks the open chat read up to its last message, and counts unread ones in the title', async () => {
    const { fake, page, workspace } = setup();
    fake.status({ kind: 'connected' });
    await flush();
    expect(page.setTitle).toHaveBeenLastCalledWith('(2) PST LiveChat');
    workspace.open(ids.chat1);
    await flush();
    expect(fake.requests('read:mark')).toEqual([{ conversationId: ids.chat1, seq: 2 }]);
    expect(page.setTitle).toHaveBeenLastCalledWith('PST LiveChat');
  });

  it('notifies with a sound about a new queued visitor or message only while the tab is hidden', async () => {
    const { fake, page } = setup({ hidden: true });
    fake.status({ kind: 'connected' });
    await flush();
    fake.emit('queue:updated', { officeCode: '5102', queue: [queued({ id: ids.chat2 })] });
    fake.emit('queue:updated', { officeCode: '5102', queue: [queued({ id: ids.chat2 })] });
    fake.emit('message:created', message(3));
    expect(page.notify.mock.calls).toEqual([
      ['Pengunjung baru di antrean', 'Made Wirawan: Berapa jumlah penduduk Tabanan 2025?'],
      ['Pesan baru dari Made Wirawan', 'Pesan 3'],
    ]);
    expect(page.playSound).toHaveBeenCalledTimes(2);

    const visible = setup({ hidden: false });
    visible.fake.status({ kind: 'connected' });
    await flush();
    visible.fake.emit('queue:updated', { officeCode: '5102', queue: [queued({ id: ids.chat2 })] });
    expect(visible.page.notify).not.toHaveBeenCalled();
  });

  it('accepts the first in line, and shows why when someone else was first', async () => {
    const { fake, openId, workspace } = setup();
    fake.status({ kind: 'connected' });
    await flush();
    fake.emit('queue:updated', { officeCode: '5102', queue: [queued({ id: ids.chat2 }), queued({ id: ids.chat3 })] });
    fake.handle('conversation:accept', ({ conversationId }) =>
      conversationId === ids.chat2
        ? { ok: false, error: { code: 'ALREADY_TAKEN', message: 'taken' } }
        : { ok: true, data: summary({ id: conversationId, lastSeq: 2 }) },
    );
    expect(await workspace.acceptNext()).toBe(false);
    expect(workspace.notice.value).toBe('ALREADY_TAKEN');
    expect(await workspace.accept(ids.chat3)).toBe(true);
    expect(openId.value).toBe(ids.chat3);
    expect(workspace.inbox.mine.value.map((c) => c.id)).toContain(ids.chat3);
  });

  it('moves to the next chat with unread messages first', async () => {
    const { fake, openId, setSnapshot, workspace } = setup();
    setSnapshot(
      inbox({
        mine: [
          summary({ id: ids.chat1, lastSeq: 2, officerReadSeq: 2 }),
          summary({ id: ids.chat2, lastSeq: 2, officerReadSeq: 2, createdAt: '2026-11-23T02:01:00.000Z' }),
          summary({ id: ids.chat3, lastSeq: 3, officerReadSeq: 2, createdAt: '2026-11-23T02:02:00.000Z' }),
        ],
      }),
    );
    fake.status({ kind: 'connected' });
    await flush();
    workspace.open(ids.chat1);
    fake.emit('message:created', message(3, { conversationId: ids.chat3 }));
    workspace.nextChat();
    expect(openId.value).toBe(ids.chat3);
  });

  it('previews a system message in the inbox in the officer’s words, from its event', async () => {
    const { fake, workspace } = setup();
    fake.status({ kind: 'connected' });
    await flush();
    fake.emit(
      'message:created',
      message(3, { author: 'system', event: 'transferred', text: '', params: { officerName: 'Kadek Sari' } }),
    );
    expect(workspace.inbox.get(ids.chat1)?.lastMessage).toBe('Percakapan dialihkan ke Kadek Sari.');
  });
  it('applies the messages of one frame together: one update of the transcript and the inbox, in order', async () => {
    const frames: (() => void)[] = [];
    const page = { ...fakePage(), nextFrame: (callback: () => void) => void frames.push(callback) };
    const { fake, workspace } = setup({ page });
    fake.status({ kind: 'connected' });
    await flush();
    const chat = workspace.conversation(ids.chat1);
    let transcriptUpdates = 0;
    let inboxUpdates = 0;
    const stops = [
      effect(() => {
        chat.messages.value;
        transcriptUpdates++;
      }),
      effect(() => {
        workspace.inbox.mine.value;
        inboxUpdates++;
      }),
    ];
    [transcriptUpdates, inboxUpdates] = [0, 0];

    for (let seq = 3; seq <= 22; seq++) fake.emit('message:created', message(seq));
    // Nothing drawn yet, and one frame asked for, not twenty.
    expect(frames).toHaveLength(1);
    expect(transcriptUpdates).toBe(0);
    frames.shift()?.();
    expect(transcriptUpdates).toBe(1);
    expect(inboxUpdates).toBe(1);
    expect(chat.messages.value.map((m) => m.seq).slice(-3)).toEqual([20, 21, 22]);
    expect(workspace.inbox.get(ids.chat1)?.lastSeq).toBe(22);

    // Another event applies the waiting messages first.
    fake.emit('message:created', message(23));
    fake.emit('conversation:updated', summary({ lastSeq: 23 }));
    expect(chat.messages.value.at(-1)?.seq).toBe(23);
    for (const stop of stops) stop();
  });
});
