import type { Reminder, ReminderKind } from '@pst/protocol';
import type { ConversationRecord, OfficeRecord, ReminderRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { calendarOf } from '../offices/office-status.ts';
import { remindableBefore, workingDayBefore } from '../offices/service-hours.ts';
import { sinceLastLook } from './due-window.ts';

/** What the officer's app receives. */
export function toReminder(record: ReminderRecord): Reminder {
  return {
    id: record.id,
    kind: record.kind === 'overdue' ? 'overdue' : 'due_soon',
    conversationId: record.conversation,
    officeCode: record.office,
    visitorName: record.visitorName,
    dueAt: record.dueAt.toISOString(),
    at: record.at.toISOString(),
  };
}

/** Who hears of a conversation now: its officer a working day before the due date, supervisors once overdue. */
async function due(
  ctx: DomainContext,
  office: OfficeRecord,
  conversation: ConversationRecord,
  supervisors: () => Promise<string[]>,
): Promise<{ kind: ReminderKind; recipients: string[] } | undefined> {
  const now = ctx.clock.now();
  if (conversation.deadlinePausedAt) return undefined;
  if (now > conversation.dueAt) return { kind: 'overdue', recipients: await supervisors() };
  const remindAt = workingDayBefore(calendarOf(office), conversation.dueAt);
  if (conversation.officer && remindAt && now >= remindAt)
    return { kind: 'due_soon', recipients: [conversation.officer] };
  return undefined;
}

/** The reminders `conversation` is due for now, each created once; how many were new. */
async function remind(
  ctx: DomainContext,
  office: OfficeRecord,
  conversation: ConversationRecord,
  supervisors: () => Promise<string[]>,
): Promise<number> {
  const notice = await due(ctx, office, conversation, supervisors);
  if (!notice) return 0;
  let sent = 0;
  for (const officer of notice.recipients) {
    const reminder = await ctx.store.reminders.createOnce({
      key: `${notice.kind}:${conversation.id}:${conversation.dueAt.getTime()}:${officer}`,
      kind: notice.kind,
      office: office.code,
      conversation: conversation.id,
      officer,
      visitorName: conversation.visitorCard.name,
      dueAt: conversation.dueAt,
      at: ctx.clock.now(),
    });
    if (!reminder) continue;
    ctx.events.emit({ type: 'deadline.reminder', reminder, conversation });
    sent++;
  }
  return sent;
}

/**
 * Sends each deadline reminder once: to the assigned officer one working day before the due date, and to
 * the office's supervisors when it is overdue. The key names the due date, so a due date counted anew
 * (after "request complete") gets its own reminders. Each new reminder is a `deadline.reminder` event:
 * the socket adapter shows it in the app; an e-mail adapter can subscribe too. Run by the jobs, once
 * across nodes; the unique key keeps it once even if two runs overlap.
 */
export async function sendDeadlineReminders(ctx: DomainContext): Promise<number> {
  let sent = 0;
  for (const office of await ctx.store.offices.all()) {
    let supervisorIds: string[] | undefined;
    const supervisors = async () => {
      supervisorIds ??= (await ctx.store.officers.list({ office: office.code, enabled: true }))
        .filter((officer) => officer.role === 'supervisor')
        .map((officer) => officer.id);
      return supervisorIds;
    };
    // Only what can be due: deadlines up to a working day ahead, and since the last run's look (those
    // before it were overdue then, and reminded; a paused clock restarts with a later deadline).
    const now = ctx.clock.now();
    await sinceLastLook(ctx, `deadline-reminders:${office.code}`, now, async (after) => {
      const before = remindableBefore(calendarOf(office), now);
      for (const conversation of await ctx.store.conversations.openDueBetween(office.code, after, before)) {
        sent += await remind(ctx, office, conversation, supervisors);
      }
    });
  }
  return sent;
}
