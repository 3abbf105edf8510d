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

describe('inactivity auto-close', () => {
  it('closes a chat whose visitor stayed silent for the office limit after the officer wrote', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', inactivityCloseDays: 7 });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const silent = await visitorAsks(world, 'Pertanyaan A');
    const answering = await visitorAsks(world, 'Pertanyaan B');

    for (const { conversation } of [silent, answering]) {
      await ok(tab, 'message:send', {
        conversationId: conversation.id,
        clientMsgId: clientMsgId(),
        text: 'Mohon detailnya?',
      });
    }
    world.clock.advance(6 * DAY);
    await ok(answering.socket, 'message:send', {
      conversationId: answering.conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Tahun 2024, per kecamatan.',
    });

    world.clock.advance(DAY - 60_000);
    await world.app.runJobs();
    expect((await world.app.models.Conversation.findById(silent.conversation.id))?.status).toBe('active');

    world.clock.advance(120_000);
    await world.app.runJobs();
    const closed = await world.app.models.Conversation.findById(silent.conversation.id);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'inactive', closedBy: { kind: 'system' } });
    expect(closed?.audit.at(-1)).toMatchObject({ from: 'active', to: 'closed', reason: 'inactive' });
    expect((await world.app.models.Conversation.findById(answering.conversation.id))?.status).toBe('active');
  });
});
