import type { ConversationSummary, VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, nextEvent, ok, startWorld, visitorAsks } from './support/world.ts';

describe('manual routing', () => {
  it('shows the queue to online officers; the first to accept gets the chat', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102', { name: 'Putu' });
    const tab = await connectAgent(world, officer.cookie);

    const queued = nextEvent<{ queue: ConversationSummary[] }>(tab, 'queue:updated', ({ queue }) => queue.length === 1);
    const { socket, conversation } = await visitorAsks(world, 'Klasifikasi KBLI untuk warung kopi?');
    expect(conversation).toMatchObject({ status: 'queued', offline: false, queuePosition: 1 });
    const line = (await queued).queue[0];
    expect(line).toMatchObject({
      id: conversation.id,
      question: 'Klasifikasi KBLI untuk warung kopi?',
      visitor: { name: 'Made Wirawan', institution: 'Universitas Udayana', purpose: 'data' },
      queuePosition: 1,
    });

    const told = nextEvent<VisitorConversation>(socket, 'conversation:updated', (c) => c.status === 'active');
    const accepted = await ok(tab, 'conversation:accept', { conversationId: conversation.id });
    expect(accepted).toMatchObject({ status: 'active', officerId: officer.id, officerName: 'Putu' });
    expect((await told).officerName).toBe('Putu');

    const inbox = await ok(tab, 'inbox:sync', {});
    expect(inbox.queue).toEqual([]);
    expect(inbox.mine.map((c) => c.id)).toEqual([conversation.id]);
  });

  it('refuses an accept beyond the officer limit of concurrent chats', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual', maxChatsPerOfficer: 1 });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const first = await visitorAsks(world, 'Satu');
    const second = await visitorAsks(world, 'Dua');
    await ok(tab, 'conversation:accept', { conversationId: first.conversation.id });
    const refused = await tab.emitWithAck('conversation:accept', { conversationId: second.conversation.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OFFICER_UNAVAILABLE' } });
  });
});
