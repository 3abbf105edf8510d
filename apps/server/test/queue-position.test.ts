import type { VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  nextEvent,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('the queue', () => {
  it('tells each visitor their place, again whenever it changes, and drains first-in first-out', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', maxChatsPerOfficer: 1 });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);

    const first = await visitorAsks(world, 'Satu');
    const second = await visitorAsks(world, 'Dua');
    const third = await visitorAsks(world, 'Tiga');
    expect(first.conversation.status).toBe('active');
    expect(second.conversation).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect(third.conversation).toMatchObject({ status: 'queued', queuePosition: 2 });

    // Closing the first frees the officer: the second is assigned, the third moves up.
    const secondAssigned = nextEvent<VisitorConversation>(
      second.socket,
      'conversation:updated',
      (c) => c.status === 'active',
    );
    const thirdMovesUp = nextEvent<VisitorConversation>(
      third.socket,
      'conversation:updated',
      (c) => c.queuePosition === 1,
    );
    await ok(tab, 'conversation:close', { conversationId: first.conversation.id, topic: 'data' });
    expect(await secondAssigned).toMatchObject({ status: 'active', id: second.conversation.id });
    expect(await thirdMovesUp).toMatchObject({ status: 'queued', queuePosition: 1 });
  });

  it('drains when an officer comes online', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102', { status: 'away' });
    const tab = await connectAgent(world, officer.cookie);
    const waiting = await visitorAsks(world);
    expect(waiting.conversation.status).toBe('queued');

    const assigned = nextEvent<VisitorConversation>(
      waiting.socket,
      'conversation:updated',
      (c) => c.status === 'active',
    );
    await ok(tab, 'presence:set', { status: 'online' });
    expect((await assigned).officerName).toBe(officer.name);
  });
});

describe('office status', () => {
  it('tells visitors on the office pages when a live chat becomes possible', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102', { status: 'away' });
    const tab = await connectAgent(world, officer.cookie);
    const visitor = await connectVisitor(world, '5102');
    const available = nextEvent<{ available: boolean }>(visitor, 'office:status', (s) => s.available);
    await ok(tab, 'presence:set', { status: 'online' });
    expect(await available).toMatchObject({ officeCode: '5102', open: true, available: true });
  });
});
