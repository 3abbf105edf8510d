import type { ConversationDetail } from '@pst/protocol';
import type { ConversationRecord, Id, VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { toVisitorProfile } from '../visitors/visitor.service.ts';
import { queuePosition } from './announce.ts';
import { toSummary } from './conversation.views.ts';

/**
 * The guest books that are one person: this device's, and, once the visitor proved the e-mail theirs, every
 * other verified guest book with that address at the office (a returning visitor on a new device). An unverified
 * address is not enough: anyone may type anyone's address into a guest book.
 */
async function samePerson(
  ctx: DomainContext,
  record: ConversationRecord,
  visitor: VisitorRecord | undefined,
): Promise<Id[]> {
  if (!visitor?.emailVerifiedAt) return [record.visitor];
  const verified = await ctx.store.visitors.verifiedIdsByEmail(record.office, visitor.email);
  return [...new Set([record.visitor, ...verified])];
}

/** The officer's full view: guest-book card, audit trail, rating, earlier consultations. */
export async function toDetail(ctx: DomainContext, record: ConversationRecord): Promise<ConversationDetail> {
  const [visitor, position] = await Promise.all([ctx.store.visitors.byId(record.visitor), queuePosition(ctx, record)]);
  const earlier = await ctx.store.conversations.earlierOfVisitors(await samePerson(ctx, record, visitor), record.id);
  const summary = toSummary(record, position);
  return {
    ...summary,
    visitor: visitor ? toVisitorProfile(visitor) : { ...summary.visitor, email: '', phone: '', occupation: '' },
    ...(record.pageUrl ? { pageUrl: record.pageUrl } : {}),
    ...(record.topic ? { topic: record.topic } : {}),
    ...(record.summary ? { summary: record.summary } : {}),
    ...(record.closeReason ? { closeReason: record.closeReason } : {}),
    ...(record.rating
      ? {
          rating: {
            score: record.rating.score,
            ...(record.rating.comment ? { comment: record.rating.comment } : {}),
            at: record.rating.at.toISOString(),
          },
        }
      : {}),
    audit: record.audit.map((entry) => ({
      at: entry.at.toISOString(),
      by: { kind: entry.by.kind, ...(entry.by.id ? { id: entry.by.id } : {}) },
      ...(entry.from ? { from: entry.from } : {}),
      to: entry.to,
      reason: entry.reason,
    })),
    earlier: earlier.map((previous) => ({
      id: previous.id,
      createdAt: previous.createdAt.toISOString(),
      ...(previous.topic ? { topic: previous.topic } : {}),
      ...(previous.rating ? { score: previous.rating.score } : {}),
    })),
  };
}
