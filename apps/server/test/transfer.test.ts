import type { Ack, VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, nextEvent, ok, startWorld, visitorAsks } from './support/world.ts';

describe('transfer', () => {
  it('hands an active chat to another online officer of the office, and tells the visitor', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const from = await createOfficer(world, '5102', { name: 'Asal' });
    const to = await createOfficer(world, '5102', { name: 'Tujuan' });
    const away = await createOfficer(world, '5102', { name: 'Istirahat', status: 'away' });
    const fromTab = await connectAgent(world, from.cookie);
    await connectAgent(world, to.cookie);
    await connectAgent(world, away.cookie);
    const { socket, conversation } = await visitorAsks(world);
    await ok(fromTab, 'conversation:accept', { conversationId: conversation.id });

    const refused = (await fromTab.emitWithAck('conversation:transfer', {
      conversationId: conversation.id,
      officerId: away.id,
    })) as Ack<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'OFFICER_UNAVAILABLE' } });

    const told = nextEvent<VisitorConversation>(socket, 'conversation:updated', (c) => c.officerName === 'Tujuan');
    await ok(fromTab, 'conversation:transfer', { conversationId: conversation.id, officerId: to.id });
    await told;
    const stored = await world.app.models.Conversation.findById(conversation.id);
    expect(String(stored?.officer)).toBe(to.id);
    expect(stored?.audit.at(-1)).toMatchObject({ from: 'active', to: 'active', reason: 'transferred' });
    expect(await world.app.models.Transition.countDocuments({ conversation: conversation.id, to: 'active' })).toBe(2);

    // The former officer no longer handles it.
    const write = await fromTab.emitWithAck('message:send', {
      conversationId: conversation.id,
      clientMsgId: 'after-transfer-1',
      text: 'Masih saya?',
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
