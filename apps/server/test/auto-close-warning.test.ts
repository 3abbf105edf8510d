import type { Inbox, Message } from '@pst/protocol';
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

const DAY = 86_400_000;

describe('the auto-close warning', () => {
  it('tells the visitor once, a day before a silent chat closes itself; the close is recorded as inactive', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', inactivityCloseDays: 7 });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket: visitor, conversation } = await visitorAsks(world);
    const warnings: Message[] = [];
    visitor.on('message:created', (message) => {
      if (message.event === 'auto_close_warning') warnings.push(message);
    });
    await ok(tab, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Tahun berapa?',
    });

    // The officer's summary says when it would close: their last message and the visitor's are both there.
    const inbox = (await ok(tab, 'inbox:sync', {})) as Inbox;
    const [detail] = inbox.mine;
    expect(Date.parse(detail?.lastOfficerMessageAt ?? '')).toBeGreaterThan(
      Date.parse(detail?.lastVisitorMessageAt ?? ''),
    );

    world.clock.advance(6 * DAY - 60_000);
    await world.app.runJobs();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warnings).toEqual([]);

    world.clock.advance(120_000);
    await world.app.runJobs();
    world.clock.advance(60_000);
    await world.app.runJobs();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ author: 'system', text: '' });

    world.clock.advance(DAY);
    await world.app.runJobs();
    const closed = await world.app.models.Conversation.findById(conversation.id).lean();
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'inactive' });
  });
});
