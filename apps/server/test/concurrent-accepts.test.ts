import type { Ack } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  type AgentClient,
  connectAgent,
  createOffice,
  createOfficer,
  startWorld,
  visitorAsks,
} from './support/world.ts';

const OFFICERS = 8;

describe('concurrent accepts', () => {
  it('of one queued chat by many officers at once give it to exactly one', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const tabs: AgentClient[] = [];
    for (let i = 0; i < OFFICERS; i++)
      tabs.push(await connectAgent(world, (await createOfficer(world, '5102')).cookie));

    for (let round = 0; round < 3; round++) {
      const { conversation } = await visitorAsks(world, `Pertanyaan ${round}`);
      const acks = (await Promise.all(
        tabs.map((tab) => tab.emitWithAck('conversation:accept', { conversationId: conversation.id })),
      )) as Ack<unknown>[];
      expect(acks.filter((ack) => ack.ok)).toHaveLength(1);
      for (const ack of acks.filter((ack) => !ack.ok)) {
        expect(ack).toMatchObject({ ok: false, error: { code: 'ALREADY_TAKEN' } });
      }
      expect(await world.app.models.Transition.countDocuments({ conversation: conversation.id, to: 'active' })).toBe(1);
      const stored = await world.app.models.Conversation.findById(conversation.id);
      expect(stored?.audit.filter((entry) => entry.to === 'active')).toHaveLength(1);
    }
  });

  it('on two server nodes sharing one database give it to exactly one', async () => {
    const nodeA = await startWorld();
    const nodeB = await startWorld({ mongo: nodeA.mongo });
    await createOffice(nodeA, '5102', { routingMode: 'manual' });
    const tabs: AgentClient[] = [];
    for (let i = 0; i < OFFICERS; i++) {
      const node = i % 2 === 0 ? nodeA : nodeB;
      tabs.push(await connectAgent(node, (await createOfficer(node, '5102')).cookie));
    }
    const { conversation } = await visitorAsks(nodeA);
    const acks = (await Promise.all(
      tabs.map((tab) => tab.emitWithAck('conversation:accept', { conversationId: conversation.id })),
    )) as Ack<unknown>[];
    expect(acks.filter((ack) => ack.ok)).toHaveLength(1);
    expect(await nodeA.app.models.Transition.countDocuments({ conversation: conversation.id, to: 'active' })).toBe(1);
  });
});
