import { describe, expect, it } from 'vitest';
import { createFakeTransport } from '../testing/fake-transport.ts';
import { detail, ids, message } from '../testing/fixtures.ts';
import { createConversationModel } from './conversation.ts';

function setup() {
  const fake = createFakeTransport();
  fake.status({ kind: 'connected' });
  let counter = 0;
  const model = createConversationModel(ids.chat1, fake.transport, () => `client-id-${++counter}`);
  return { fake, model };
}

describe('conversation model', () => {
  it('syncs from the last seq it holds without a gap', async () => {
    const { fake, model } = setup();
    fake.handle('conversation:sync', ({ afterSeq }) => ({
      ok: true,
      data: {
        conversation: detail({ lastSeq: 3 }),
        messages: [1, 2, 3].map((seq) => message(seq)).filter((m) => m.seq > (afterSeq ?? 0)),
      },
    }));
    await model.sync();
    await model.sync();
    expect(fake.requests('conversation:sync')).toEqual([
      { conversationId: ids.chat1, afterSeq: 0 },
      { conversationId: ids.chat1, afterSeq: 3 },
    ]);
    expect(model.messages.value.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('shows a message once when the event arrives twice', () => {
    const { model } = setup();
    model.receive(message(1));
    model.receive(message(1));
    expect(model.messages.value).toHaveLength(1);
  });

  it('fills the hole when a message arrives out of order', async () => {
    const { fake, model } = setup();
    fake.handle('conversation:sync', () => ({
      ok: true,
      data: { conversation: detail({ lastSeq: 3 }), messages: [message(2), message(3)] },
    }));
    model.receive(message(1));
    model.receive(message(3));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.requests('conversation:sync')).toEqual([{ conversationId: ids.chat1, afterSeq: 1 }]);
    expect(model.messages.value.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('shows a sent reply once, whether the echo event or the ack comes first', async () => {
    const { fake, model } = setup();
    const stored = message(2, { author: 'officer', clientMsgId: 'client-id-1', text: 'Halo' });
    fake.handle('message:send', () => {
      fake.emit('message:created', stored);
      model.receive(stored);
      return { ok: true, data: stored };
    });
    await model.send('Halo');
    expect(model.messages.value).toEqual([stored]);
    expect(model.outbox.value).toEqual([]);
  });

  it('keeps a reply typed while offline and sends it once reconnected, with the same clientMsgId', async () => {
    const { fake, model } = setup();
    fake.status({ kind: 'lost' });
    await model.send('Sebentar ya');
    expect(model.outbox.value).toMatchObject([{ text: 'Sebentar ya', state: 'sending' }]);

    fake.status({ kind: 'connected' });
    const stored = message(2, { author: 'officer', clientMsgId: 'client-id-1', text: 'Sebentar ya' });
    fake.handle('message:send', () => ({ ok: true, data: stored }));
    await model.resendPending();
    await model.resendPending();
    expect(fake.requests('message:send')).toEqual([
      { conversationId: ids.chat1, clientMsgId: 'client-id-1', text: 'Sebentar ya' },
      { conversationId: ids.chat1, clientMsgId: 'client-id-1', text: 'Sebentar ya' },
    ]);
    expect(model.messages.value).toEqual([stored]);
    expect(model.outbox.value).toEqual([]);
  });

  it('marks a refused reply as failed with the reason', async () => {
    const { fake, model } = setup();
    fake.handle('message:send', () => ({ ok: false, error: { code: 'CONVERSATION_CLOSED', message: 'closed' } }));
    await model.send('Halo?');
    expect(model.outbox.value).toMatchObject([{ state: 'failed', error: 'CONVERSATION_CLOSED' }]);
  });
});
