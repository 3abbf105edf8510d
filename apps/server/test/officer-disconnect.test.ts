import type { Message, VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, nextEvent, startWorld, visitorAsks } from './support/world.ts';

describe('an officer whose tabs are all gone', () => {
  it('keeps their chats during the grace period, then they go back to the front of the queue', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto', maxChatsPerOfficer: 1 });
    const leaving = await createOfficer(world, '5102', { name: 'Pergi' });
    const leavingTab = await connectAgent(world, leaving.cookie);
    const served = await visitorAsks(world, 'Sedang dilayani');
    expect(served.conversation.status).toBe('active');

    // A newer visitor waits in the queue, ahead of whom the served chat must go back.
    const staying = await createOfficer(world, '5102', { name: 'Tetap', status: 'away' });
    const stayingTab = await connectAgent(world, staying.cookie);
    const newer = await visitorAsks(world, 'Baru datang');
    expect(newer.conversation.status).toBe('queued');

    leavingTab.disconnect();
    await expect.poll(() => world.app.models.AgentSocket.countDocuments({ goneAt: { $ne: null } })).toBe(1);

    world.clock.advance(30_000);
    await world.app.runJobs();
    expect((await world.app.models.Conversation.findById(served.conversation.id))?.status).toBe('active');

    const told = nextEvent<Message>(served.socket, 'message:created', (m) => m.event === 'requeued');
    const requeued = nextEvent<VisitorConversation>(
      served.socket,
      'conversation:updated',
      (c) => c.status === 'queued',
    );
    world.clock.advance(31_000);
    await world.app.runJobs();
    expect((await told).author).toBe('system');
    expect(await requeued).toMatchObject({ queuePosition: 1 });
    const stored = await world.app.models.Conversation.findById(served.conversation.id);
    expect(stored?.audit.at(-1)).toMatchObject({ from: 'active', to: 'queued', reason: 'officer_disconnected' });

    // The first officer to come online takes the re-queued chat before the newer one.
    const assigned = nextEvent<VisitorConversation>(
      served.socket,
      'conversation:updated',
      (c) => c.status === 'active',
    );
    stayingTab.emit('presence:set', { status: 'online' }, () => {});
    expect((await assigned).officerName).toBe('Tetap');
  });

  it('does not lose chats of an officer who reconnects within the grace period', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const served = await visitorAsks(world);
    tab.disconnect();
    world.clock.advance(20_000);
    await connectAgent(world, officer.cookie);
    world.clock.advance(60_000);
    await world.app.runJobs();
    expect((await world.app.models.Conversation.findById(served.conversation.id))?.status).toBe('active');
  });
});
