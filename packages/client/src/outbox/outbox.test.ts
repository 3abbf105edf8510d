import type { Message } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../storage.ts';
import { CONVERSATION_ID, message } from '../testing/fixtures.ts';
import { createOutbox, type OutboxEntry, type SendOutcome } from './outbox.ts';

/** A server that stores each clientMsgId once, like the real one, and can be down. */
function fakeServer() {
  const stored = new Map<string, Message>();
  const attempts: string[] = [];
  let up = true;
  let refuseNext = false;
  return {
    stored,
    attempts,
    setUp: (value: boolean) => {
      up = value;
    },
    refuseNext: () => {
      refuseNext = true;
    },
    async send(entry: OutboxEntry): Promise<SendOutcome> {
      attempts.push(entry.clientMsgId);
      if (!up) return { kind: 'lost' };
      if (refuseNext) {
        refuseNext = false;
        return { kind: 'refused', error: 'CONVERSATION_CLOSED' };
      }
      const existing = stored.get(entry.clientMsgId);
      const saved =
        existing ?? message(stored.size + 1, { author: 'visitor', clientMsgId: entry.clientMsgId, text: entry.text });
      stored.set(entry.clientMsgId, saved);
      return { kind: 'sent', message: saved };
    },
  };
}

describe('the outbox', () => {
  it('sends in the order written, each once', async () => {
    const server = fakeServer();
    const sent: Message[] = [];
    const outbox = createOutbox({ store: memoryStore(), send: server.send, onSent: (m) => sent.push(m) });
    outbox.enqueue(CONVERSATION_ID, 'satu');
    outbox.enqueue(CONVERSATION_ID, 'dua');
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(sent.map((m) => m.text)).toEqual(['satu', 'dua']);
    expect(server.attempts).toHaveLength(2);
    expect(outbox.entries.value).toEqual([]);
  });

  it('keeps what it could not send across a reload and sends it later with the same clientMsgId', async () => {
    const store = memoryStore();
    const server = fakeServer();
    server.setUp(false);
    const first = createOutbox({ store, send: server.send, onSent: () => {} });
    const written = [first.enqueue(CONVERSATION_ID, 'satu'), first.enqueue(CONVERSATION_ID, 'dua')];
    await first.flush();
    expect(first.entries.value.map((e) => e.state)).toEqual(['sending', 'sending']);

    // A reload: a new outbox on the same storage.
    server.setUp(true);
    const sent: Message[] = [];
    const second = createOutbox({ store, send: server.send, onSent: (m) => sent.push(m) });
    expect(second.entries.value.map((e) => e.text)).toEqual(['satu', 'dua']);
    await second.flush();
    expect(sent.map((m) => m.clientMsgId)).toEqual(written.map((e) => e.clientMsgId));
    expect(server.stored.size).toBe(2);
    expect(store.get('outbox')).toBeNull();
  });

  it('marks a refused message failed with the reason, sends the rest, and retries it with the same clientMsgId', async () => {
    const server = fakeServer();
    const outbox = createOutbox({ store: memoryStore(), send: server.send, onSent: () => {} });
    const refused = outbox.enqueue(CONVERSATION_ID, 'satu');
    outbox.enqueue(CONVERSATION_ID, 'dua');
    server.refuseNext();
    await outbox.flush();
    expect(outbox.entries.value).toEqual([{ ...refused, state: 'failed', error: 'CONVERSATION_CLOSED' }]);

    outbox.retry(refused.clientMsgId);
    expect(outbox.entries.value).toEqual([refused]);
    await outbox.flush();
    expect(outbox.entries.value).toEqual([]);
    expect(server.attempts.filter((id) => id === refused.clientMsgId)).toHaveLength(2);
    expect(server.stored.size).toBe(2);
  });

  it('keeps memory only without a store, and makes ids and times as told', () => {
    const outbox = createOutbox({
      send: fakeServer().send,
      onSent: () => {},
      makeClientMsgId: () => 'client-id-1',
      now: () => new Date('2026-11-23T02:00:00.000Z'),
    });
    expect(outbox.enqueue(CONVERSATION_ID, 'halo')).toEqual({
      clientMsgId: 'client-id-1',
      conversationId: CONVERSATION_ID,
      text: 'halo',
      at: '2026-11-23T02:00:00.000Z',
      state: 'sending',
    });
  });

  it('drops what the server has shown stored, and what belongs to other conversations', () => {
    const outbox = createOutbox({ send: fakeServer().send, onSent: () => {} });
    const mine = outbox.enqueue(CONVERSATION_ID, 'satu');
    outbox.enqueue('d'.repeat(24), 'lama');
    const kept = outbox.enqueue(CONVERSATION_ID, 'dua');
    outbox.keepOnly(CONVERSATION_ID);
    outbox.confirm([message(7, { clientMsgId: mine.clientMsgId })]);
    expect(outbox.entries.value).toEqual([kept]);
  });

  it('ignores stored junk', () => {
    const store = memoryStore();
    store.set('outbox', JSON.stringify([{ text: 1 }, null, 'x']));
    expect(createOutbox({ store, send: fakeServer().send, onSent: () => {} }).entries.value).toEqual([]);
    store.set('outbox', '{not json');
    expect(createOutbox({ store, send: fakeServer().send, onSent: () => {} }).entries.value).toEqual([]);
  });
});
