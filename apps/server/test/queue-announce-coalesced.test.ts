import type { ConversationSummary } from '@pst/protocol';
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
} from './support/world.ts';

const BURST = 12;

describe('queue updates under a burst of starts', () => {
  it('sends officers a few whole-queue updates per office, not one per start, and the last is complete', async () => {
    const world = await startWorld({ settings: { queueAnnounceIntervalMs: 500 } });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const updates: ConversationSummary[][] = [];
    tab.on('queue:updated', ({ queue }) => updates.push(queue));

    const visitors = await Promise.all(
      Array.from({ length: BURST }, async (_, n) => {
        const socket = await connectVisitor(world, '5102', { address: `198.51.100.${n + 1}` });
        await ok(socket, 'visitor:register', { guestBook: guestBook() });
        return socket;
      }),
    );
    await Promise.all(
      visitors.map((socket) => ok(socket, 'conversation:start', { question: 'Data?', clientMsgId: clientMsgId() })),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_200));

    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThanOrEqual(4);
    expect(updates.at(-1)).toHaveLength(BURST);
  });
});
