import type { ConversationSummary, VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, nextEvent, startWorld, visitorAsks } from './support/world.ts';

describe('auto routing', () => {
  it('gives each new chat to the online officer with the fewest chats, ties to the one idle longest', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const ayu = await createOfficer(world, '5102', { name: 'Ayu' });
    const budi = await createOfficer(world, '5102', { name: 'Budi' });
    // Budi was assigned a chat more recently than Ayu: Ayu has been idle longest.
    await world.app.models.Officer.updateOne({ _id: ayu.id }, { $set: { lastAssignedAt: new Date('2026-11-01') } });
    await world.app.models.Officer.updateOne({ _id: budi.id }, { $set: { lastAssignedAt: new Date('2026-11-20') } });
    const ayuTab = await connectAgent(world, ayu.cookie);
    await connectAgent(world, budi.cookie);

    const assignedToAyu = nextEvent<ConversationSummary>(ayuTab, 'conversation:updated', (c) => c.status === 'active');
    const first = await visitorAsks(world, 'Data kemiskinan Tabanan?');
    expect(first.conversation).toMatchObject({ status: 'active', offline: false });
    expect((await assignedToAyu).officerName).toBe('Ayu');

    // Ayu now has one chat, Budi none: the next goes to Budi.
    const second = await visitorAsks(world, 'Metadata IPM?');
    const stored = await world.app.models.Conversation.findById(second.conversation.id);
    expect(String(stored?.officer)).toBe(budi.id);
    expect(stored?.audit.map((entry) => `${entry.from ?? ''}>${entry.to}:${entry.reason}`)).toEqual([
      '>queued:started',
      'queued>active:assigned',
    ]);
  });

  it('tells the visitor the officer name once assigned, with a system message in the transcript', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102', { name: 'Ketut' });
    await connectAgent(world, officer.cookie);

    const { socket, conversation } = await visitorAsks(world);
    expect(conversation.status).toBe('active');
    const sync = await socket.emitWithAck('conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    if (!sync.ok) throw new Error(sync.error.code);
    const synced: VisitorConversation = sync.data.conversation;
    expect(synced.officerName).toBe('Ketut');
    expect(sync.data.messages.map((m) => [m.seq, m.author, m.event])).toEqual([
      [1, 'visitor', undefined],
      [2, 'system', 'assigned'],
    ]);
  });

  it('does not route to officers who are away, or online without a connected tab', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const away = await createOfficer(world, '5102', { status: 'away' });
    await connectAgent(world, away.cookie);
    await createOfficer(world, '5102', { status: 'online' }); // no tab

    const { conversation } = await visitorAsks(world);
    expect(conversation).toMatchObject({ status: 'queued', offline: true });
  });
});
