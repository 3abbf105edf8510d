import { memoryStore } from '@pst/client';
import { CONSENT_VERSION, type Message } from '@pst/protocol';
import { describe, expect, it, vi } from 'vitest';
import { fakeTransport } from '../test-support/fake-transport.ts';
import { CONVERSATION_ID, conversation, message } from '../test-support/fixtures.ts';
import { createConsultation } from './consultation.ts';

const TOKEN = 't'.repeat(32);
const guestBook = {
  name: 'Made Wirawan',
  email: 'made@example.ac.id',
  phone: '+62 812 3456 7890',
  institution: 'Universitas Udayana',
  occupation: 'Mahasiswa',
  purpose: 'data',
  consent: true,
  consentVersion: CONSENT_VERSION,
} as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake server holding one conversation's messages. */
function world(store = memoryStore()) {
  const fake = fakeTransport();
  const stored: Message[] = [message(1, { author: 'visitor', text: 'Berapa penduduk Tabanan?' })];
  fake.answer('visitor:register', () => ({ ok: true, data: { token: TOKEN, visitor: {} as never } }));
  fake.answer('conversation:start', () => ({
    ok: true,
    data: {
      conversation: conversation({ status: 'queued', queuePosition: 2, lastSeq: 1 }),
      messages: stored.slice(0, 1),
    },
  }));
  fake.answer('conversation:current', () => ({ ok: true, data: conversation({ lastSeq: stored.length }) }));
  fake.answer('conversation:sync', ({ afterSeq = 0 }) => ({
    ok: true,
    data: { conversation: conversation({ lastSeq: stored.length }), messages: stored.filter((m) => m.seq > afterSeq) },
  }));
  fake.answer('message:send', ({ clientMsgId, text }) => {
    const existing = stored.find((m) => m.clientMsgId === clientMsgId);
    const saved = existing ?? message(stored.length + 1, { author: 'visitor', clientMsgId, text });
    if (!existing) stored.push(saved);
    return { ok: true, data: saved };
  });
  const onIncoming = vi.fn();
  const consultation = createConsultation({ officeCode: '5102', transport: fake.transport, store, onIncoming });
  return { fake, store, stored, consultation, onIncoming };
}

describe('a consultation', () => {
  it('registers, keeps the token for this office, and starts in the queue', async () => {
    const { fake, store, consultation } = world();
    consultation.connect();
    fake.up();
    expect(consultation.screen.value).toBe('prechat');
    expect(await consultation.register(guestBook, 'Berapa penduduk Tabanan?')).toEqual({ ok: true });
    expect(store.get('token')).toBe(TOKEN);
    expect(consultation.registered.value).toBe(true);
    expect(consultation.screen.value).toBe('conversation');
    expect(consultation.conversation.current.value?.queuePosition).toBe(2);
  });

  it('does not send a form without a connection', async () => {
    const { consultation } = world();
    expect(await consultation.register(guestBook, 'x')).toEqual({ ok: false, problem: 'notConnected' });
  });

  it('keeps a guest book sent while connecting and sends it once connected: one press is enough', async () => {
    const { fake, consultation } = world();
    consultation.connect();
    const pressed = consultation.register(guestBook, 'Berapa penduduk Tabanan?');
    await settle();
    expect(fake.requests).toEqual([]);
    fake.up();
    expect(await pressed).toEqual({ ok: true });
    expect(fake.requests.map((request) => request.event)).toEqual(['visitor:register', 'conversation:start']);
    expect(consultation.screen.value).toBe('conversation');
  });

  it('gives up on a guest book sent while connecting when the connection fails', async () => {
    const { fake, consultation } = world();
    consultation.connect();
    const pressed = consultation.register(guestBook, 'x');
    fake.fail();
    expect(await pressed).toEqual({ ok: false, problem: 'notConnected' });
  });

  it('finds a returning visitor’s conversation with the kept token', async () => {
    const store = memoryStore();
    store.set('token', TOKEN);
    const { fake, consultation } = world(store);
    expect(consultation.screen.value).toBe('loading');
    consultation.connect();
    expect(fake.auth()).toEqual({ officeCode: '5102', token: TOKEN });
    fake.up();
    await settle();
    expect(consultation.screen.value).toBe('conversation');
    expect(consultation.conversation.messages.value).toHaveLength(1);
  });

  it('forgets a token the server does not know, and asks for the guest book', async () => {
    const store = memoryStore();
    store.set('token', TOKEN);
    const { fake, consultation } = world(store);
    fake.answer('conversation:current', () => ({ ok: false, error: { code: 'NOT_REGISTERED', message: '' } }));
    consultation.connect();
    fake.up();
    await settle();
    expect(store.get('token')).toBeNull();
    expect(consultation.screen.value).toBe('prechat');
  });

  it('after a reconnect, syncs from the last seq and sends the outbox, in order, once', async () => {
    const { fake, stored, consultation, onIncoming } = world();
    consultation.connect();
    fake.up();
    await consultation.register(guestBook, 'Berapa penduduk Tabanan?');

    fake.down();
    consultation.send('satu');
    consultation.send('dua');
    // Meanwhile the officer answered: the visitor missed it.
    stored.push(message(2, { text: 'Halo' }));
    fake.up();
    await vi.waitFor(() => expect(consultation.outbox.entries.value).toEqual([]));

    const sync = fake.requests.find((r) => r.event === 'conversation:sync');
    expect(sync?.payload).toEqual({ conversationId: CONVERSATION_ID, afterSeq: 1 });
    expect(stored.map((m) => m.text)).toEqual(['Berapa penduduk Tabanan?', 'Halo', 'satu', 'dua']);
    expect(consultation.conversation.messages.value.map((m) => m.seq)).toEqual([1, 2, 3, 4]);

    // The server's echo of a message already merged changes nothing.
    fake.push('message:created', stored[3] as Message);
    expect(consultation.conversation.messages.value).toHaveLength(4);
    fake.push('message:created', message(5, { text: 'Ada lagi?' }));
    expect(onIncoming).toHaveBeenCalledOnce();
  });

  it('shows the officer typing, and stops showing it when their message comes', () => {
    const { fake, consultation } = world();
    consultation.conversation.open(conversation());
    fake.push('typing:changed', { conversationId: CONVERSATION_ID, author: 'officer', typing: true });
    expect(consultation.typing.officerTyping.value).toBe(true);
    fake.push('message:created', message(1));
    expect(consultation.typing.officerTyping.value).toBe(false);
  });

  it('counts a rating the server already has as done', async () => {
    const { fake, consultation } = world();
    fake.up();
    consultation.conversation.open(conversation({ status: 'closed' }));
    fake.answer('conversation:rate', () => ({ ok: false, error: { code: 'ALREADY_RATED', message: '' } }));
    expect(await consultation.rate(4, '  ')).toEqual({ ok: true });
    expect(fake.requests.at(-1)?.payload).toEqual({ conversationId: CONVERSATION_ID, score: 4 });
  });
});
