import { describe, expect, it } from 'vitest';
import {
  connectAgent,
  createOffice,
  createOfficer,
  OPEN_TIME,
  ok,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

const DAY = 86_400_000;

describe('the deadline clock, paused while the desk waits for the visitor', () => {
  it('stops on "waiting for the visitor", restarts on "request complete" with a due date counted anew, both audited', async () => {
    // Monday 23 November 2026 10:00 WITA; the office works Monday to Friday 08:00–16:00 WITA.
    const world = await startWorld({ at: OPEN_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    // Named so that auto routing's tie-break (officers listed by name) gives the chat to `officer`.
    const officer = await createOfficer(world, '5102', { name: 'Petugas A' });
    const colleague = await createOfficer(world, '5102', { name: 'Petugas B' });
    const tab = await connectAgent(world, officer.cookie);
    const { conversation } = await visitorAsks(world);
    // Connected after the chat was assigned: with two idle officers either could get it.
    const otherTab = await connectAgent(world, colleague.cookie);
    // 3 working days: Tuesday, Wednesday, Thursday 16:00 WITA.
    expect(conversation.dueAt).toBe('2026-11-26T08:00:00.000Z');
    const conversationId = conversation.id;

    const colleagueTry = await request(otherTab, 'deadline:pause', { conversationId });
    expect(colleagueTry).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await request(tab, 'deadline:resume', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const paused = await ok(tab, 'deadline:pause', { conversationId });
    // The settable clock runs on from where it was set: allow the test's own few seconds.
    expect(Date.parse(paused.deadlinePausedAt ?? '') - OPEN_TIME.getTime()).toBeLessThan(10_000);
    expect(paused.dueAt).toBe('2026-11-26T08:00:00.000Z');

    // The visitor answers on Wednesday 25 November at 10:00 WITA; the officer marks the request complete.
    world.clock.set(new Date(OPEN_TIME.getTime() + 2 * DAY));
    const resumed = await ok(tab, 'deadline:resume', { conversationId });
    expect(resumed.deadlinePausedAt).toBeUndefined();
    // Thursday, Friday, Monday 30 November 16:00 WITA.
    expect(resumed.dueAt).toBe('2026-11-30T08:00:00.000Z');

    const stored = await world.app.models.Conversation.findById(conversationId).lean();
    expect(stored?.dueAt.toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(stored?.deadlinePausedAt ?? undefined).toBeUndefined();
    const reasons = stored?.audit.map((entry) => [entry.reason, String(entry.by.id ?? ''), entry.from, entry.to]);
    expect(reasons?.slice(-2)).toEqual([
      ['waiting_for_visitor', officer.id, 'active', 'active'],
      ['request_complete', officer.id, 'active', 'active'],
    ]);
    expect(stored?.audit.at(-1)?.at.toISOString().slice(0, 16)).toBe('2026-11-25T02:00');
  });
});
