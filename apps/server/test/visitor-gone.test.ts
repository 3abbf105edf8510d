import type { ConversationSummary } from '@pst/protocol';
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
  type World,
} from './support/world.ts';

const GRACE_MS = 120_000;

/** A desk whose one officer is busy with a first chat, so later visitors queue. */
async function busyDesk(world: World) {
  await createOffice(world, '5102', { routingMode: 'auto', maxChatsPerOfficer: 1 });
  const officer = await createOfficer(world, '5102');
  const tab = await connectAgent(world, officer.cookie);
  const served = await visitorAsks(world, 'Sedang dilayani');
  expect(served.conversation.status).toBe('active');
  return tab;
}

async function stored(world: World, id: string) {
  return world.app.models.Conversation.findById(id);
}

describe('a queued visitor whose tab is gone', () => {
  it('leaves the live queue after the grace period as an offline message; the others move up', async () => {
    const nodeA = await startWorld();
    const nodeB = await startWorld({ mongo: nodeA.mongo });
    const officerTab = await busyDesk(nodeA);
    // The leaving and the staying visitor are on node B; the jobs run on node A.
    const gone = await visitorAsks(nodeB, 'Saya pergi');
    const staying = await visitorAsks(nodeB, 'Saya menunggu');
    expect(gone.conversation).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect(staying.conversation).toMatchObject({ status: 'queued', queuePosition: 2 });

    gone.socket.disconnect();
    await expect.poll(() => nodeA.app.models.VisitorSocket.countDocuments({ goneAt: { $ne: null } })).toBe(1);

    for (const node of [nodeA, nodeB]) node.clock.advance(GRACE_MS - 10_000);
    await nodeA.app.runJobs();
    expect(await stored(nodeA, gone.conversation.id)).toMatchObject({ status: 'queued', offline: false });

    const officersTold = nextEvent<ConversationSummary>(officerTab, 'conversation:updated', (c) => c.offline);
    for (const node of [nodeA, nodeB]) node.clock.advance(20_000);
    await nodeA.app.runJobs();
    const offline = await stored(nodeA, gone.conversation.id);
    expect(offline).toMatchObject({ status: 'queued', offline: true });
    expect(offline?.audit.at(-1)).toMatchObject({ from: 'queued', to: 'queued', reason: 'visitor_gone' });
    // The transcript says so too, as a system message the clients word, like every other transition.
    const transcript = await nodeA.app.models.Message.find({ conversation: gone.conversation.id }).sort({ seq: 1 });
    expect(transcript.map((m) => [m.seq, m.author.kind, m.event ?? null])).toEqual([
      [1, 'visitor', null],
      [2, 'system', 'visitor_gone'],
    ]);
    expect(offline?.lastSeq).toBe(2);
    expect(await officersTold).toMatchObject({ id: gone.conversation.id, status: 'queued', lastSeq: 2 });
    // Node B's visitor is still there for node A, and moves up (no Redis here: asked, not told).
    expect(await ok(staying.socket, 'conversation:current', {})).toMatchObject({
      id: staying.conversation.id,
      status: 'queued',
      offline: false,
      queuePosition: 1,
    });

    // A newcomer counts only the visitor really waiting ahead of them; officers see the offline message last.
    const newcomer = await visitorAsks(nodeA, 'Saya baru');
    expect(newcomer.conversation).toMatchObject({ status: 'queued', queuePosition: 2 });
    const queue = await ok(officerTab, 'inbox:sync', {});
    expect(queue.queue.map((line) => [line.id, line.queuePosition, line.offline])).toEqual([
      [staying.conversation.id, 1, false],
      [newcomer.conversation.id, 2, false],
      [gone.conversation.id, 3, true],
    ]);
  });

  it('keeps their place when they come back within the grace period', async () => {
    const world = await startWorld();
    await busyDesk(world);
    const returning = await visitorAsks(world, 'Saya kembali');
    const behind = await visitorAsks(world, 'Di belakang');

    returning.socket.disconnect();
    await expect.poll(() => world.app.models.VisitorSocket.countDocuments({ goneAt: { $ne: null } })).toBe(1);
    world.clock.advance(GRACE_MS / 2);
    const back = await connectVisitor(world, '5102', { token: returning.token });
    const current = await ok(back, 'conversation:current', {});
    expect(current).toMatchObject({ id: returning.conversation.id, queuePosition: 1 });

    world.clock.advance(2 * GRACE_MS);
    await world.app.runJobs();
    expect(await stored(world, returning.conversation.id)).toMatchObject({ status: 'queued', offline: false });
    expect(await stored(world, behind.conversation.id)).toMatchObject({ status: 'queued', offline: false });
    expect(await ok(back, 'conversation:current', {})).toMatchObject({ queuePosition: 1 });
  });
});
