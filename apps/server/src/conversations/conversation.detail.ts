import type { ConversationDetail, Purpose } from '@pst/protocol';
import type { AppContext } from '../context.ts';
import { toVisitorProfile } from '../visitors/visitor.service.ts';
import { type ConversationDoc, toSummary } from './conversation.views.ts';
import { queuePosition } from './publish.ts';

/** The officer's full view: guest-book card, audit trail, rating, earlier consultations. */
export async function toDetail(ctx: AppContext, conversation: ConversationDoc): Promise<ConversationDetail> {
  const [visitor, earlier, position] = await Promise.all([
    ctx.models.Visitor.findById(conversation.visitor),
    ctx.models.Conversation.find({ visitor: conversation.visitor, _id: { $ne: conversation._id } })
      .sort({ createdAt: -1 })
      .limit(20),
    queuePosition(ctx, conversation),
  ]);
  const summary = toSummary(conversation, position);
  return {
    ...summary,
    visitor: visitor ? toVisitorProfile(visitor) : { ...summary.visitor, email: '', phone: '', occupation: '' },
    ...(conversation.pageUrl ? { pageUrl: conversation.pageUrl } : {}),
    ...(conversation.topic ? { topic: conversation.topic as Purpose } : {}),
    ...(conversation.summary ? { summary: conversation.summary } : {}),
    ...(conversation.closeReason ? { closeReason: conversation.closeReason as ConversationDetail['closeReason'] } : {}),
    ...(conversation.rating?.score && conversation.rating.at
      ? {
          rating: {
            score: conversation.rating.score,
            ...(conversation.rating.comment ? { comment: conversation.rating.comment } : {}),
            at: conversation.rating.at.toISOString(),
          },
        }
      : {}),
    audit: conversation.audit.map((entry) => ({
      at: entry.at.toISOString(),
      by: {
        kind: entry.by.kind as 'visitor' | 'officer' | 'system',
        ...(entry.by.id ? { id: String(entry.by.id) } : {}),
      },
      ...(entry.from ? { from: entry.from as ConversationDetail['status'] } : {}),
      to: entry.to as ConversationDetail['status'],
      reason: entry.reason,
    })),
    earlier: earlier.map((previous) => ({
      id: String(previous._id),
      createdAt: previous.createdAt.toISOString(),
      ...(previous.topic ? { topic: previous.topic as Purpose } : {}),
    })),
  };
}
