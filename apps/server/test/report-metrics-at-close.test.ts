import { describe, expect, it } from 'vitest';
import { wita } from './support/report-data.ts';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('report metrics are stored when a conversation closes', () => {
  it('first response and resolution in working minutes, queue wait, deadline met', async () => {
    // Friday 27 November 2026 15:50 WITA: ten minutes before the desk (08:00–16:00) closes.
    const world = await startWorld({ at: wita('2026-11-27 15:50') });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102', { name: 'Ayu' });
    const tab = await connectAgent(world, officer.cookie);
    const { conversation } = await visitorAsks(world);

    world.clock.set(wita('2026-11-27 15:51:30'));
    await ok(tab, 'conversation:accept', { conversationId: conversation.id });
    // Monday 08:05: 10 working minutes on Friday (15:50–16:00) and 5 on Monday.
    world.clock.set(wita('2026-11-30 08:05'));
    await ok(tab, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text: 'Baik.' });
    world.clock.set(wita('2026-11-30 08:20'));
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'data' });

    const stored = await world.app.models.Conversation.findById(conversation.id).lean();
    expect(stored?.metrics).toEqual({
      startedLive: true,
      abandoned: false,
      // The settable clock runs on between steps, by less than a second here.
      firstResponseMinutes: expect.closeTo(15, 0),
      resolutionMinutes: expect.closeTo(30, 0),
      queueWaitSeconds: expect.closeTo(90, -1),
      // Received Friday during hours: due Wednesday 2 December 16:00.
      deadline: 'met',
    });
  });
});
