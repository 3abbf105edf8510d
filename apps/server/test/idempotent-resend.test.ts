import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('a resend with the same clientMsgId', () => {
  it('is stored once and acknowledged with the same seq, also when the copies race', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { socket, conversation } = await visitorAsks(world);
    const payload = { conversationId: conversation.id, clientMsgId: clientMsgId(), text: 'Apakah ada data 2025?' };

    const first = await ok(socket, 'message:send', payload);
    const resent = await ok(socket, 'message:send', payload);
    expect(resent).toEqual(first);

    const racing = { ...payload, clientMsgId: clientMsgId(), text: 'Satu lagi' };
    const copies = await Promise.all(Array.from({ length: 5 }, () => ok(socket, 'message:send', racing)));
    expect(new Set(copies.map((copy) => copy.seq)).size).toBe(1);
    expect(await world.app.models.Message.countDocuments({ conversation: conversation.id })).toBe(3);
  });

  it('by different senders on two nodes at once still gives gap-free seqs 1, 2, 3 …', async () => {
    const world = await startWorld();
    const otherNode = await startWorld({ mongo: world.mongo });
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(otherNode, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    const send = (client: typeof tab | typeof socket, text: string) =>
      ok(client, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text });

    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [send(socket, `visitor ${i}`), send(tab, `officer ${i}`)]).flat(),
    );
    const seqs = (await world.app.models.Message.find({ conversation: conversation.id }).sort({ seq: 1 })).map(
      (message) => message.seq,
    );
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(seqs.length).toBe(22); // question, "assigned" system message, 20 sent
  });
});
