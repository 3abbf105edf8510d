import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/** WhatsApp's customer-service window: free text only within 24 hours of the visitor's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The prefix of a template message's client id: the one officer message allowed once the window closed. */
export const TEMPLATE_MSG_PREFIX = 'template_';

/** The text kept in the transcript for the template the visitor receives (its approved wording is Meta's). */
export const TEMPLATE_TRANSCRIPT =
  '[Template WhatsApp] Jawaban atas pertanyaan Anda sudah siap. Balas pesan ini untuk melanjutkan konsultasi.';

export function windowOpen(conversation: ConversationRecord, now: Date): boolean {
  if (conversation.channel !== 'whatsapp') return true;
  const last = conversation.lastVisitorMessageAt ?? conversation.createdAt;
  return now.getTime() - last.getTime() < WHATSAPP_WINDOW_MS;
}

/**
 * Refuses an officer's free text in a WhatsApp conversation whose window has closed (WINDOW_CLOSED): WhatsApp
 * would refuse to deliver it. Read again before refusing: the caller's copy may predate the visitor's last message.
 */
export async function assertWindowOpen(
  ctx: DomainContext,
  conversation: ConversationRecord,
  clientMsgId: string,
  now: Date,
): Promise<void> {
  if (windowOpen(conversation, now) || clientMsgId.startsWith(TEMPLATE_MSG_PREFIX)) return;
  const fresh = await ctx.store.conversations.byId(conversation.id);
  if (fresh && windowOpen(fresh, now)) return;
  throw new AppError('WINDOW_CLOSED');
}
