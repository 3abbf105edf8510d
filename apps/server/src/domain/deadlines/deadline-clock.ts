import { AppError } from '../../errors.ts';
import type { Actor, ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { calendarOf, findOffice } from '../offices/office-status.ts';
import { dueAt } from '../offices/service-hours.ts';

/**
 * The deadline clock of the standards ("at the latest N working days after the request is clear and
 * complete"). The clock runs from the first question; the officer stops it while the desk waits for the
 * visitor to complete the request ("waiting for the visitor"), and starts it again when the request is
 * complete: the due date is then counted anew, N working days from that moment. Both are recorded in the
 * audit with who and when.
 */
export async function pauseDeadline(
  ctx: DomainContext,
  conversation: ConversationRecord,
  by: Actor,
): Promise<ConversationRecord> {
  if (conversation.deadlinePausedAt) throw new AppError('CONFLICT', 'The deadline clock is already paused.');
  const at = ctx.clock.now();
  const entry = { at, by, from: conversation.status, to: conversation.status, reason: 'waiting_for_visitor' };
  const paused = await ctx.store.conversations.setDeadline(conversation, { pausedAt: at }, entry);
  ctx.events.emit({ type: 'conversation.changed', conversation: paused });
  return paused;
}

export async function resumeDeadline(
  ctx: DomainContext,
  conversation: ConversationRecord,
  by: Actor,
): Promise<ConversationRecord> {
  if (!conversation.deadlinePausedAt) throw new AppError('CONFLICT', 'The deadline clock is running.');
  const at = ctx.clock.now();
  const office = await findOffice(ctx, conversation.office);
  const due = dueAt(calendarOf(office), at, office.responseDeadlineDays);
  const entry = { at, by, from: conversation.status, to: conversation.status, reason: 'request_complete' };
  const resumed = await ctx.store.conversations.setDeadline(conversation, { dueAt: due }, entry);
  ctx.events.emit({ type: 'conversation.changed', conversation: resumed });
  return resumed;
}
