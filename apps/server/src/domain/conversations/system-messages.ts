import { randomUUID } from 'node:crypto';
import type { SystemEvent } from '@pst/protocol';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/**
 * Records what happened as a system message in the transcript and announces
 * it. Only the event and its parameters are stored: each client words it in
 * its reader's language.
 */
export async function postSystemMessage(
  ctx: DomainContext,
  conversation: ConversationRecord,
  event: SystemEvent,
  params?: Record<string, string>,
): Promise<ConversationRecord> {
  const { message } = await ctx.store.messages.append({
    conversationId: conversation.id,
    clientMsgId: `system-${event}-${randomUUID()}`,
    author: { kind: 'system' },
    event,
    ...(params ? { params } : {}),
    text: '',
  });
  const updated = { ...conversation, lastSeq: Math.max(conversation.lastSeq, message.seq) };
  ctx.events.emit({ type: 'message.created', conversation: updated, message });
  return updated;
}
