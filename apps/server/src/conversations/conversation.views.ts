import type { CloseReason, ConversationStatus, ConversationSummary, Purpose, VisitorConversation } from '@pst/protocol';
import type { HydratedDocument } from 'mongoose';
import type { Conversation } from './conversation.model.ts';

export type ConversationDoc = HydratedDocument<Conversation>;

function rating(doc: Conversation) {
  const score = doc.rating?.score;
  const at = doc.rating?.at;
  if (!score || !at) return {};
  return { rating: { score, ...(doc.rating?.comment ? { comment: doc.rating.comment } : {}), at: at.toISOString() } };
}

/** What the visitor sees: no officer ids, no audit. */
export function toVisitorConversation(doc: ConversationDoc, queuePosition?: number): VisitorConversation {
  return {
    id: String(doc._id),
    officeCode: doc.office,
    status: doc.status as ConversationStatus,
    offline: doc.offline,
    ...(doc.status === 'queued' && queuePosition ? { queuePosition } : {}),
    ...(doc.status !== 'queued' && doc.officerName ? { officerName: doc.officerName } : {}),
    lastSeq: doc.lastSeq,
    dueAt: doc.dueAt.toISOString(),
    createdAt: doc.createdAt.toISOString(),
    ...(doc.closedAt ? { closedAt: doc.closedAt.toISOString() } : {}),
    ...(doc.closeReason ? { closeReason: doc.closeReason as CloseReason } : {}),
    ...rating(doc),
  };
}

/** One inbox line for officers. */
export function toSummary(doc: ConversationDoc, queuePosition?: number): ConversationSummary {
  const card = doc.visitorCard;
  return {
    id: String(doc._id),
    officeCode: doc.office,
    status: doc.status as ConversationStatus,
    offline: doc.offline,
    visitor: {
      id: String(doc.visitor),
      name: card?.name ?? '',
      institution: card?.institution ?? '',
      purpose: (card?.purpose ?? 'lainnya') as Purpose,
    },
    question: doc.question,
    ...(doc.officer ? { officerId: String(doc.officer) } : {}),
    ...(doc.officer && doc.officerName ? { officerName: doc.officerName } : {}),
    ...(doc.status === 'queued' && queuePosition ? { queuePosition } : {}),
    lastSeq: doc.lastSeq,
    officerReadSeq: doc.officerReadSeq,
    ...(doc.lastMessage ? { lastMessage: doc.lastMessage } : {}),
    createdAt: doc.createdAt.toISOString(),
    ...(doc.queuedAt && doc.status === 'queued' ? { queuedAt: doc.queuedAt.toISOString() } : {}),
    dueAt: doc.dueAt.toISOString(),
    ...(doc.closedAt ? { closedAt: doc.closedAt.toISOString() } : {}),
  };
}
