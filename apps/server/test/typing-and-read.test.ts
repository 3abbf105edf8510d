import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, nextEvent, ok, startWorld, visitorAsks } from './support/world.ts';

interface Typing {
  conversationId: string;
  author: string;
  typing: boolean;
}

describe('typing indicators and read positions', () => {
  it('relays typing both ways without storing it, and keeps each side read position', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    await ok(tab, 'conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    const messagesBefore = await world.app.models.Message.countDocuments();

    const officerSees = nextEvent<Typing>(tab, 'typing:changed');
    socket.emit('typing:set', { conversationId: conversation.id, typing: true });
    expect(await officerSees).toEqual({ conversationId: conversation.id, author: 'visitor', typing: true });

    const visitorSees = nextEvent<Typing>(socket, 'typing:changed');
    tab.emit('typing:set', { conversationId: conversation.id, typing: true });
    expect(await visitorSees).toEqual({ conversationId: conversation.id, author: 'officer', typing: true });
    expect(await world.app.models.Message.countDocuments()).toBe(messagesBefore);

    await ok(tab, 'read:mark', { conversationId: conversation.id, seq: 1 });
    await ok(socket, 'read:mark', { conversationId: conversation.id, seq: 2 });
    // A late, lower mark never moves a read position back.
    await ok(socket, 'read:mark', { conversationId: conversation.id, seq: 1 });
    const stored = await world.app.models.Conversation.findById(conversation.id);
    expect(stored).toMatchObject({ officerReadSeq: 1, visitorReadSeq: 2 });
  });
});
