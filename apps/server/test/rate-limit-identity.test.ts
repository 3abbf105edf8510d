import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

async function chatting(settings = {}) {
  const world = await startWorld({ settings });
  await createOffice(world, '5102');
  const officer = await createOfficer(world, '5102');
  await connectAgent(world, officer.cookie);
  const { token, conversation } = await visitorAsks(world);
  return { world, token, conversationId: conversation.id };
}

describe('flood control per identity', () => {
  it('limits a visitor across all their sockets, not each socket', async () => {
    const { world, token, conversationId } = await chatting();
    const sockets = await Promise.all(Array.from({ length: 10 }, () => connectVisitor(world, '5102', { token })));
    const acks = await Promise.all(
      sockets.flatMap((socket) =>
        Array.from({ length: 20 }, (_, n) =>
          request(socket, 'message:send', { conversationId, clientMsgId: clientMsgId(), text: `Pesan ${n}` }),
        ),
      ),
    );
    const accepted = acks.filter((ack) => ack.ok).length;
    // One burst (20) and what refills while the flood lasts, not 10 bursts.
    expect(accepted).toBeGreaterThanOrEqual(15);
    expect(accepted).toBeLessThan(40);
    expect(acks.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED')).toHaveLength(200 - accepted);
  });

  it('disconnects a socket that keeps flooding after RATE_LIMITED', async () => {
    const { world, token, conversationId } = await chatting({ floodDisconnectAfter: 30 });
    const socket = await connectVisitor(world, '5102', { token });
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    for (let n = 0; n < 100; n++) {
      socket.emit('message:send', { conversationId, clientMsgId: clientMsgId(), text: `Spam ${n}` }, () => {});
    }
    expect(await gone).toBe('io server disconnect');
  });
});
