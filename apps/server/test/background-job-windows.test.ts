import type { Connection } from 'mongoose';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

const DAY = 86_400_000;

/** The operations Mongoose sends on this connection, as `collection.method` and arguments, until the test ends. */
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

describe('background jobs read only what can be due', () => {
  it('look at a silent chat once for its warning, and never again until it is due to close', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', inactivityCloseDays: 7 });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { conversation } = await visitorAsks(world);
    await ok(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Tahun berapa?',
    });
    await world.app.runJobs();

    // Due for its warning: this run reads it and warns.
    world.clock.advance(6 * DAY + 60_000);
    const operations = recordOperations(world.mongo);
    await world.app.runJobs();
    const mentions = () => operations.filter(({ args }) => args.includes(conversation.id)).map(({ op }) => op);
    expect(mentions()).toContain('reminders.insertOne');

    // The next runs, within the day before it closes: nothing new is due, nothing of it is read or written.
    for (let run = 0; run < 3; run++) {
      operations.length = 0;
      world.clock.advance(10_000);
      await world.app.runJobs();
      const silentQueries = operations.filter(
        ({ op, args }) => op === 'conversations.find' && args.includes('lastOfficerMessageAt'),
      );
      expect(silentQueries.length).toBeGreaterThan(0);
      // Each of them bounded below: the window since the previous run.
      for (const { args } of silentQueries) expect(args).toContain('"$gt"');
      expect(mentions()).toEqual([]);
    }

    // Due to close: read once more, and closed.
    world.clock.advance(DAY);
    await world.app.runJobs();
    const closed = await world.app.models.Conversation.findById(conversation.id).lean();
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'inactive' });
  });
});
