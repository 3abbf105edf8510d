import type { Purpose } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/**
 * The topic of a chat that closed without one (the visitor ended it, or it closed by itself), given by the officer
 * when they next open it: the reports count consultations by topic. Once only.
 */
export async function setTopic(
  ctx: DomainContext,
  conversation: ConversationRecord,
  topic: Purpose,
): Promise<ConversationRecord> {
  if (conversation.status !== 'closed') throw new AppError('CONVERSATION_NOT_CLOSED');
  if (conversation.topic) throw new AppError('CONFLICT', 'The conversation has a topic already.');
  const updated = await ctx.store.conversations.setTopic(conversation.id, topic);
  if (!updated) throw new AppError('CONFLICT', 'The conversation has a topic already.');
  ctx.events.emit({ type: 'conversation.changed', conversation: updated });
  return updated;
}
