import type { ConversationDetail } from '@pst/protocol';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { toVisitorProfile } from '../visitors/visitor.service.ts';
import { queuePosition } from './announce.ts';
import { toSummary } from './conversation.views.ts';

/** The officer's full view: guest-book card, audit trail, rating, earlier consultations. */
export async function toDetail(ctx: DomainContext, record: ConversationRecord): Promise<ConversationDetail> {
  const [visitor, earlier, position] = await Promise.all([
    ctx.store.visitors.byId(record.visitor),
    ctx.store.conversations.earlierOfVisitor(record.visitor, record.id),
    queuePosition(ctx, record),
  ]);
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
