import type { ConversationMetrics, ConversationRecord } from '../../store/records.ts';
import { type ServiceCalendar, workingMinutesBetween } from '../offices/service-hours.ts';

/**
 * What the reports need of one conversation, computed from its timestamps and audit. Stored on the
 * conversation when it closes (see closeConversation), so a report over closed conversations only adds
 * up stored numbers; an open one is measured with the same function at report time. Each field is
 * defined in the README's "Reports" section.
 */
export function conversationMetrics(
  cal: ServiceCalendar,
  conversation: ConversationRecord,
  now: Date,
): ConversationMetrics {
  const startedLive = conversation.audit[0]?.reason === 'started';
  const answered = conversation.firstOfficerReplyAt;
  const leftUnanswered =
    conversation.audit.some((entry) => entry.reason === 'visitor_gone') || conversation.closeReason === 'visitor_left';
  const abandoned = startedLive && !answered && leftUnanswered;
  const firstActive = conversation.audit.find((entry) => entry.to === 'active');
  return {
    startedLive,
    abandoned,
    ...(answered ? { firstResponseMinutes: workingMinutesBetween(cal, conversation.createdAt, answered) } : {}),
    ...(conversation.closeReason === 'resolved' && conversation.closedAt
      ? { resolutionMinutes: workingMinutesBetween(cal, conversation.createdAt, conversation.closedAt) }
      : {}),
    ...(startedLive && !abandoned && firstActive
      ? { queueWaitSeconds: (firstActive.at.getTime() - conversation.createdAt.getTime()) / 1000 }
      : {}),
    deadline: abandoned ? 'none' : deadlineStatus(conversation, now),
  };
}

/**
 * Met or missed once answered: the answer is the close of a resolved conversation, otherwise (auto-closed,
 * or the visitor ended it) the officer's last message, or the close when there was none. An open one is
 * overdue past its due date unless its clock is paused, else pending (not judged yet).
 */
function deadlineStatus(conversation: ConversationRecord, now: Date): ConversationMetrics['deadline'] {
  const { closedAt, closeReason, lastOfficerMessageAt, dueAt } = conversation;
  if (closedAt) {
    const answeredAt = closeReason === 'resolved' ? closedAt : (lastOfficerMessageAt ?? closedAt);
    return answeredAt <= dueAt ? 'met' : 'missed';
  }
  return !conversation.deadlinePausedAt && now > dueAt ? 'overdue' : 'pending';
}
