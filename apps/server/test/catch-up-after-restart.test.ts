import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('catch-up', () => {
  it('after a server restart, a returning visitor gets every missed message in order, from MongoDB', async () => {
    const before = await startWorld();
    await createOffice(before, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(before, '5102');
    const tab = await connectAgent(before, officer.cookie);
    const { socket, token, conversation } = await visitorAsks(before);
    const seen = await ok(socket, 'conversation:sync', {
      conversationId: conversation.id,
      afterSeq: 0,
    });
    const lastSeen = seen.messages.at(-1)?.seq ?? 0;

    // The visitor drops; the officer keeps writing; then the node stops.
    socket.disconnect();
    for (const text of ['Jawaban 1', 'Jawaban 2', 'Jawaban 3']) {
      await ok(tab, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text });
    }
    await before.app.close();

    const after = await startWorld({ mongo: before.mongo, at: before.clock.now() });
    const returning = await connectVisitor(after, '5102', { token });
    const current = await ok(returning, 'conversation:current', {});
    expect(current?.id).toBe(conversation.id);
    const missed = await ok(returning, 'conversation:sync', {
      conversationId: conversation.id,
      afterSeq: lastSeen,
    });
    expect(missed.messages.map((m) => [m.seq, m.author, m.text])).toEqual([
      [lastSeen + 1, 'officer', 'Jawaban 1'],
      [lastSeen + 2, 'officer', 'Jawaban 2'],
      [lastSeen + 3, 'officer', 'Jawaban 3'],
    ]);
  });
});
