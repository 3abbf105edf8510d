import type { Ack } from '@pst/protocol';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  ok,
  startWorld,
  visitorAsks,
  type World,
} from './support/world.ts';

const ROUNDS = 10;
const VISITORS_PER_NODE = 3;
const LIMIT = 2;

let visitorsSoFar = 0;

/** Visitors with the guest book filled, ready to ask at the same moment; each from an address of their own. */
async function readyVisitors(node: World, office: string) {
  const sockets = [];
  for (let i = 0; i < VISITORS_PER_NODE; i++) {
    const socket = await connectVisitor(node, office, { address: `198.51.100.${++visitorsSoFar % 250}` });
    await ok(socket, 'visitor:register', { guestBook: guestBook() });
    sockets.push(socket);
  }
  return sockets;
}

describe('the per-officer limit of concurrent chats', () => {
  it('holds when two server nodes assign at the same moment', async () => {
    const nodeA = await startWorld();
    const nodeB = await startWorld({ mongo: nodeA.mongo });
    for (let round = 0; round < ROUNDS; round++) {
      const office = String(6000 + round);
      await createOffice(nodeA, office, { routingMode: 'auto', maxChatsPerOfficer: LIMIT });
      const officer = await createOfficer(nodeA, office);
      await connectAgent(round % 2 === 0 ? nodeA : nodeB, officer.cookie);
      const visitors = [...(await readyVisitors(nodeA, office)), ...(await readyVisitors(nodeB, office))];

      await Promise.all(
        visitors.map((socket, i) =>
          ok(socket, 'conversation:start', { question: `Pertanyaan ${i}`, clientMsgId: clientMsgId() }),
        ),
      );

      const { Conversation } = nodeA.app.models;
      expect(await Conversation.countDocuments({ officer: officer.id, status: 'active' }), `round ${round}`).toBe(
        LIMIT,
      );
      expect(await Conversation.countDocuments({ office, status: 'queued' })).toBe(2 * VISITORS_PER_NODE - LIMIT);
    }
  });

  it('holds when one officer accepts from tabs on two nodes at the same moment', async () => {
    const nodeA = await startWorld();
    const nodeB = await startWorld({ mongo: nodeA.mongo });
    for (let round = 0; round < ROUNDS / 2; round++) {
      const office = String(7000 + round);
      await createOffice(nodeA, office, { routingMode: 'manual', maxChatsPerOfficer: LIMIT });
      const officer = await createOfficer(nodeA, office);
      const tabs = [await connectAgent(nodeA, officer.cookie), await connectAgent(nodeB, officer.cookie)];
      const queued = [];
      for (let i = 0; i < 2 * LIMIT; i++)
        queued.push((await visitorAsks(nodeA, `Pertanyaan ${i}`, office)).conversation);

      const acks = (await Promise.all(
        queued.map((conversation, i) =>
          tabs[i % 2]?.emitWithAck('conversation:accept', { conversationId: conversation.id }),
        ),
      )) as Ack<unknown>[];
      expect(
        acks.filter((ack) => ack.ok),
        `round ${round}`,
      ).toHaveLength(LIMIT);
      for (const refused of acks.filter((ack) => !ack.ok)) {
        expect(refused).toMatchObject({ error: { code: 'OFFICER_UNAVAILABLE' } });
      }
      expect(await nodeA.app.models.Conversation.countDocuments({ officer: officer.id, status: 'active' })).toBe(LIMIT);
    }
  });

  it('is not lowered for good by a place claimed for an assignment that never happened', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', maxChatsPerOfficer: LIMIT });
    const officer = await createOfficer(world, '5102');
    await connectAgent(world, officer.cookie);
    // A node crashed between claiming a place and assigning, long ago; another is claiming right now.
    const now = world.clock.now().getTime();
    await world.app.models.OfficerSlot.create([
      { officer: officer.id, slotNo: 1, conversation: new Types.ObjectId(), claimedAt: new Date(now - 3_600_000) },
      { officer: officer.id, slotNo: 2, conversation: new Types.ObjectId(), claimedAt: new Date(now) },
    ]);

    const first = await visitorAsks(world, 'Satu');
    const second = await visitorAsks(world, 'Dua');
    expect(first.conversation.status).toBe('active');
    expect(second.conversation.status).toBe('queued');

    // The claim in flight is given time to finish; after that its place is freed too.
    world.clock.advance(60_000);
    await world.app.runJobs();
    expect(await world.app.models.Conversation.findById(second.conversation.id)).toMatchObject({ status: 'active' });
  });
});
