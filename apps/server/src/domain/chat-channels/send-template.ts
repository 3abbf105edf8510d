import { randomBytes } from 'node:crypto';
import type { Message } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ConversationRecord, Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { sendMessage } from '../conversations/lifecycle.ts';
import { TEMPLATE_MSG_PREFIX, TEMPLATE_TRANSCRIPT } from './whatsapp-window.ts';

/** The officer sends the approved template; the channel adapter delivers it as the template, not as text. */
export async function sendTemplate(
  ctx: DomainContext,
  conversation: ConversationRecord,
  officer: { id: Id; name: string },
): Promise<Message> {
  if (conversation.channel !== 'whatsapp')
    throw new AppError('BAD_REQUEST', 'Only WhatsApp conversations use a template.');
  return sendMessage(
    ctx,
    conversation,
    { kind: 'officer', id: officer.id, name: officer.name },
    { clientMsgId: `${TEMPLATE_MSG_PREFIX}${randomBytes(12).toString('base64url')}`, text: TEMPLATE_TRANSCRIPT },
  );
}
