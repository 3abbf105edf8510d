import { officePublicSchema, type VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  CLOSED_TIME,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  nextEvent,
  OPEN_TIME,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('outside service hours', () => {
  it('tells the visitor when the desk opens next, in office time, and takes an offline message', async () => {
    const world = await startWorld({ at: CLOSED_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    await connectAgent(world, officer.cookie);

    const res = await fetch(`${world.url}/api/widget/5102`);
    const office = officePublicSchema.parse(await res.json());
    // Monday 20:00 WITA: next opening Tuesday 08:00 WITA.
    expect(office).toMatchObject({ open: false, available: false, zoneName: 'WITA' });
    expect(office.nextOpenAt).toBe('2026-11-24T00:00:00.000Z');

    const { conversation } = await visitorAsks(world, 'Mohon data inflasi Oktober');
    expect(conversation).toMatchObject({ status: 'queued', offline: true });
    const stored = await world.app.models.Conversation.findById(conversation.id);
    // Received outside hours: counted from Tuesday; 3 working days → Friday 16:00 WITA.
    expect(stored?.dueAt.toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(stored?.audit[0]).toMatchObject({ to: 'queued', reason: 'offline_message' });
  });

  it('routes the offline message to an officer once the desk opens', async () => {
    const world = await startWorld({ at: CLOSED_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    await connectAgent(world, officer.cookie);
    const { token, conversation } = await visitorAsks(world);
    await world.app.runJobs();
    expect((await world.app.models.Conversation.findById(conversation.id))?.status).toBe('queued');

    // Tuesday 08:05 WITA: the next job tick routes it.
    const returning = await connectVisitor(world, '5102', { token });
    await returning.emitWithAck('conversation:current', {});
    const assigned = nextEvent<VisitorConversation>(returning, 'conversation:updated', (c) => c.status === 'active');
    world.clock.set(new Date(OPEN_TIME.getTime() + 86_400_000 - 2 * 3_600_000 + 5 * 60_000));
    await world.app.runJobs();
    expect(await assigned).toMatchObject({ id: conversation.id, offline: true, officerName: officer.name });
  });
});
