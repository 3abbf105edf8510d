import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/**
 * A side has read up to `seq`: kept (never lowered), and told to the other side as a read receipt, once it moves.
 */
export async function markRead(
  ctx: DomainContext,
  conversation: ConversationRecord,
  reader: 'visitor' | 'officer',
  seq: number,
): Promise<void> {
  const known = reader === 'visitor' ? conversation.visitorReadSeq : conversation.officerReadSeq;
  const upTo = Math.min(seq, conversation.lastSeq);
  if (upTo <= known) return;
  await ctx.store.conversations.markRead(conversation.id, reader, upTo);
  ctx.events.emit({ type: 'read.marked', conversationId: conversation.id, reader, seq: upTo });
}
