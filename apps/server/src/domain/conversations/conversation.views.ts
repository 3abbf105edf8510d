import type { ConversationSummary, VisitorConversation } from '@pst/protocol';
import type { ConversationRecord } from '../../store/records.ts';

function rating(record: ConversationRecord) {
  const { rating } = record;
  if (!rating) return {};
  return {
    rating: {
      score: rating.score,
      ...(rating.comment ? { comment: rating.comment } : {}),
      at: rating.at.toISOString(),
    },
  };
}

function survey({ survey }: ConversationRecord) {
  return survey ? { survey: { answers: [...survey.answers], at: survey.at.toISOString() } } : {};
}

/** What the visitor sees: no officer ids, no audit. */
export function toVisitorConversation(record: ConversationRecord, queuePosition?: number): VisitorConversation {
  return {
    id: record.id,
    officeCode: record.office,
    status: record.status,
    offline: record.offline,
    ...(record.status === 'queued' && queuePosition ? { queuePosition } : {}),
    ...(record.status !== 'queued' && record.officerName ? { officerName: record.officerName } : {}),
    lastSeq: record.lastSeq,
    ...(record.officerReadSeq ? { officerReadSeq: record.officerReadSeq } : {}),
    dueAt: record.dueAt.toISOString(),
    createdAt: record.createdAt.toISOString(),
    ...(record.closedAt ? { closedAt: record.closedAt.toISOString() } : {}),
    ...(record.closeReason ? { closeReason: record.closeReason } : {}),
    ...rating(record),
    ...survey(record),
  };
}

/** One inbox line for officers. */
export function toSummary(record: ConversationRecord, queuePosition?: number): ConversationSummary {
  const card = record.visitorCard;
  return {
    id: record.id,
    officeCode: record.office,
    status: record.status,
    offline: record.offline,
    channel: record.channel,
    visitor: { id: record.visitor, name: card.name, institution: card.institution, purpose: card.purpose },
    question: record.question,
    ...(record.officer ? { officerId: record.officer } : {}),
    ...(record.officer && record.officerName ? { officerName: record.officerName } : {}),
    ...(record.status === 'queued' && queuePosition ? { queuePosition } : {}),
    lastSeq: record.lastSeq,
    officerReadSeq: record.officerReadSeq,
    ...(record.visitorReadSeq ? { visitorReadSeq: record.visitorReadSeq } : {}),
    ...(record.lastMessage ? { lastMessage: record.lastMessage } : {}),
    createdAt: record.createdAt.toISOString(),
    ...(record.queuedAt && record.status === 'queued' ? { queuedAt: record.queuedAt.toISOString() } : {}),
    dueAt: record.dueAt.toISOString(),
    ...(record.deadlinePausedAt ? { deadlinePausedAt: record.deadlinePausedAt.toISOString() } : {}),
    ...(record.lastOfficerMessageAt ? { lastOfficerMessageAt: record.lastOfficerMessageAt.toISOString() } : {}),
    ...(record.lastVisitorMessageAt ? { lastVisitorMessageAt: record.lastVisitorMessageAt.toISOString() } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt.toISOString() } : {}),
    ...(record.closeReason ? { closeReason: record.closeReason } : {}),
    ...rating(record),
    ...survey(record),
  };
}
