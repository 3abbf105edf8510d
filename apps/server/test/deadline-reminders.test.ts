import type { Reminder } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { sendDeadlineReminders } from '../src/domain/deadlines/reminders.ts';
import type { DomainEvent } from '../src/domain/events.ts';
import {
  type AgentClient,
  connectAgent,
  createOffice,
  createOfficer,
  OPEN_TIME,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

function collect(socket: AgentClient): Reminder[] {
  const received: Reminder[] = [];
  socket.on('reminder:created', (reminder) => received.push(reminder));
  return received;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('deadline reminders', () => {
  it('reminds the officer one working day before the due date and the supervisors when overdue, each once', async () => {
    // Monday 23 November 2026 10:00 WITA: due Thursday 26 November 16:00 WITA (08:00Z).
    const world = await startWorld({ at: OPEN_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const supervisor = await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
    const officerTab = await connectAgent(world, officer.cookie);
    const supervisorTab = await connectAgent(world, supervisor.cookie);
    const toOfficer = collect(officerTab);
    const toSupervisor = collect(supervisorTab);
    const events: DomainEvent[] = [];
    world.app.context.events.subscribe((event) => {
      if (event.type === 'deadline.reminder') events.push(event);
    });
    const { conversation } = await visitorAsks(world);
    expect(conversation.dueAt).toBe('2026-11-26T08:00:00.000Z');

    // One working day before: Wednesday 25 November at closing, 16:00 WITA (08:00Z).
    world.clock.set(new Date('2026-11-25T07:59:00Z'));
    await world.app.runJobs();
    await settle();
    expect(toOfficer).toEqual([]);

    world.clock.set(new Date('2026-11-25T08:01:00Z'));
    await world.app.runJobs();
    world.clock.set(new Date('2026-11-25T08:05:00Z'));
    await world.app.runJobs();
    // Two overlapping runs (as two nodes whose leases overlapped) still send it once.
    await Promise.all([sendDeadlineReminders(world.app.context), sendDeadlineReminders(world.app.context)]);
    await settle();
    expect(toOfficer).toMatchObject([
      { kind: 'due_soon', conversationId: conversation.id, dueAt: '2026-11-26T08:00:00.000Z' },
    ]);
    expect(toSupervisor).toEqual([]);

    // Overdue: Thursday 16:01 WITA. To the supervisor, not to the officer.
    world.clock.set(new Date('2026-11-26T08:01:00Z'));
    await world.app.runJobs();
    world.clock.set(new Date('2026-11-26T09:00:00Z'));
    await world.app.runJobs();
    await settle();
    expect(toSupervisor).toMatchObject([{ kind: 'overdue', conversationId: conversation.id }]);
    expect(toOfficer).toHaveLength(1);
    expect(events.map((event) => event.type === 'deadline.reminder' && event.reminder.kind)).toEqual([
      'due_soon',
      'overdue',
    ]);

    // The inbox lists the reminders not dismissed; dismissing one removes it.
    const inbox = await ok(officerTab, 'inbox:sync', {});
    expect(inbox.reminders.map((reminder) => reminder.kind)).toEqual(['due_soon']);
    const [first] = inbox.reminders;
    await ok(officerTab, 'reminder:dismiss', { reminderId: first?.id ?? '' });
    expect((await ok(officerTab, 'inbox:sync', {})).reminders).toEqual([]);
    // Another officer's reminder is not theirs to dismiss.
    const supervisorReminder = toSupervisor[0]?.id ?? '';
    expect(
      await new Promise((resolve) => officerTab.emit('reminder:dismiss', { reminderId: supervisorReminder }, resolve)),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('sends nothing while the clock is paused for the visitor', async () => {
    const world = await startWorld({ at: OPEN_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
    const tab = await connectAgent(world, officer.cookie);
    const { conversation } = await visitorAsks(world);
    await ok(tab, 'deadline:pause', { conversationId: conversation.id });

    world.clock.set(new Date('2026-11-27T08:00:00Z'));
    expect(await sendDeadlineReminders(world.app.context)).toBe(0);
    expect(await world.app.models.Reminder.countDocuments()).toBe(0);
  });
  it('reads only the open chats that can be due: a working day ahead, and overdue only since the last run', async () => {
    // Monday 23 November 2026 10:00 WITA: each chat is due Thursday 26 November 16:00 WITA (08:00Z).
    const world = await startWorld({ at: OPEN_TIME });
    await createOffice(world, '5102', { routingMode: 'auto' });
    await createOfficer(world, '5102', { role: 'supervisor', status: 'away' });
    const first = (await visitorAsks(world)).conversation;
    const second = (await visitorAsks(world, 'Data inflasi Bali?')).conversation;
    const later = (await visitorAsks(world, 'Data ekspor?')).conversation;
    await world.app.models.Conversation.updateOne({ _id: later.id }, { dueAt: new Date('2026-12-21T08:00:00Z') });

    // What each run's query returned, through the store the job uses.
    const reads: string[][] = [];
    const conversations = world.app.context.store.conversations;
    const openDueBetween = conversations.openDueBetween.bind(conversations);
    conversations.openDueBetween = async (...args) => {
      const found = await openDueBetween(...args);
      reads.push(found.map((conversation) => conversation.id).sort());
      return found;
    };
    const run = async (at: string) => {
      world.clock.set(new Date(at));
      return sendDeadlineReminders(world.app.context);
    };

    // Monday: nothing is due within a working day.
    expect(await run('2026-11-23T03:00:00Z')).toBe(0);
    // Wednesday after closing: the two due on Thursday are read (unassigned: no officer to remind yet).
    await run('2026-11-25T08:01:00Z');
    // Thursday after the due time: overdue, the supervisor is reminded of both.
    expect(await run('2026-11-26T08:01:00Z')).toBe(2);
    // An hour later they are still overdue, but were reminded by the run before: not read again.
    expect(await run('2026-11-26T09:01:00Z')).toBe(0);
    const dueTogether = [first.id, second.id].sort();
    expect(reads).toEqual([[], dueTogether, dueTogether, []]);
    expect(reads.flat()).not.toContain(later.id);
    expect(await world.app.models.Reminder.countDocuments({ kind: 'overdue' })).toBe(2);
  });
});
