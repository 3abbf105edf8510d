import type { Connection } from 'mongoose';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../src/config/logger.ts';
import { connectRedis, type RedisClients } from '../src/edge/socket/redis.ts';
import { redisUrl } from './support/services.ts';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  nextEvent,
  ok,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

/** Every database operation Mongoose sends on this connection, as `collection.method` and its arguments. */
function recordOperations(connection: Connection): { op: string; args: string }[] {
  const operations: { op: string; args: string }[] = [];
  connection.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    operations.push({ op: `${collection}.${method}`, args: JSON.stringify(args) });
  });
  onTestFinished(() => {
    connection.set('debug', false);
  });
  return operations;
}

const redis = redisUrl();

/** A node's own Redis connections, closed after the test. */
async function redisClients(): Promise<RedisClients> {
  const clients = await connectRedis(redis as string, createLogger('silent'));
  onTestFinished(() => clients.close());
  return clients;
}

describe('the message hot path', () => {
  it('costs the insert and one conversation update per message: no read per send', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    const send = (client: typeof tab | typeof socket, text: string) =>
      ok(client, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text });
    // Each socket reads the conversation once, on its first send.
    await send(socket, 'pertama');
    await send(tab, 'selamat siang');

    const operations = recordOperations(world.mongo);
    for (let i = 0; i < 4; i++) {
      await send(socket, `visitor ${i}`);
      await send(tab, `officer ${i}`);
    }
    // Only this conversation's: the office's own background work (queue announcements) may run meanwhile.
    const onThisConversation = operations.filter(({ args }) => args.includes(conversation.id)).map(({ op }) => op);
    expect(onThisConversation).toEqual(
      Array.from({ length: 8 }, () => ['messages.insertOne', 'conversations.updateOne']).flat(),
    );

    // lastSeq, the preview and the first reply's time stay right without reads.
    const stored = await world.app.models.Conversation.findById(conversation.id).lean();
    expect(stored?.lastSeq).toBe(await world.app.models.Message.countDocuments({ conversation: conversation.id }));
    expect(stored?.lastMessage).toBe('officer 3');
    const firstReply = await world.app.models.Message.findOne({ conversation: conversation.id, text: 'selamat siang' });
    expect(stored?.firstOfficerReplyAt?.getTime()).toBe(firstReply?.at.getTime());
  });

  it.skipIf(!redis)('checks again when the conversation changes hands or closes on another node', async () => {
    const world = await startWorld({ redis: await redisClients() });
    const otherNode = await startWorld({ mongo: world.mongo, redis: await redisClients() });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
    const from = await createOfficer(world, '5102', { name: 'Asal' });
    const to = await createOfficer(world, '5102', { name: 'Tujuan' });
    const fromTab = await connectAgent(otherNode, from.cookie);
    const toTab = await connectAgent(world, to.cookie);
    const { socket, conversation } = await visitorAsks(world);
    await ok(fromTab, 'conversation:accept', { conversationId: conversation.id });
    const send = (client: typeof fromTab | typeof socket, text: string) =>
      request(client, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text });
    // Both senders now hold the conversation as allowed.
    expect(await send(fromTab, 'saya bantu')).toMatchObject({ ok: true });
    expect(await send(socket, 'terima kasih')).toMatchObject({ ok: true });

    // Handed over by a supervisor on this node; the former officer's socket is on the other one.
    const toldFrom = nextEvent(fromTab, 'message:created', (m: { event?: string }) => m.event === 'transferred');
    const supervisorTab = await connectAgent(world, supervisor.cookie);
    await ok(supervisorTab, 'conversation:transfer', { conversationId: conversation.id, officerId: to.id });
    await toldFrom;
    expect(await send(fromTab, 'masih saya?')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(toTab, 'saya lanjutkan')).toMatchObject({ ok: true });

    // Closed on the other node; the visitor's socket, which holds the conversation, is on this one.
    const toldVisitor = nextEvent(socket, 'conversation:updated', (c: { status?: string }) => c.status === 'closed');
    const toOnOther = await connectAgent(otherNode, to.cookie);
    await ok(toOnOther, 'conversation:close', { conversationId: conversation.id, topic: 'data' });
    await toldVisitor;
    expect(await send(socket, 'halo?')).toMatchObject({ ok: false, error: { code: 'CONVERSATION_CLOSED' } });
  });
});
