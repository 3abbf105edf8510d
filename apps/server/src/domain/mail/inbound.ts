import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { cleanText, MAX_MESSAGE_LENGTH } from '@pst/protocol/constants';
import { AppError } from '../../errors.ts';
import type { InboundOutcome, MailAddress, OfficeMailboxRecord } from '../../store/mails.ts';
import type { ConversationRecord, OfficeRecord, VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { openConversation, sendMessage } from '../conversations/lifecycle.ts';
import { uploadFile } from '../files/file.service.ts';
import { findOffice } from '../offices/office-status.ts';
import { taggedConversation } from './addresses.ts';

/** A mail read from an office's mailbox, as the mail edge gives it: text only, never HTML. */
export interface ReceivedMail {
  /** Its Message-ID, or one made from its content when it had none. */
  messageId: string;
  uid?: number;
  from?: MailAddress;
  /** Every address it was sent to (To, Cc, Delivered-To): a reply address names its conversation. */
  recipients: string[];
  subject: string;
  /** Plain text; an HTML-only mail's HTML turned into text. */
  text: string;
  inReplyTo?: string;
  references: string[];
  /** An auto-reply, a bounce or a list mail, by its headers: never a conversation, never answered. */
  automatic: boolean;
  size: number;
  /** Each attachment; its bytes when the mail was downloaded (stored as the chat's files). */
  attachments: { name: string; size: number; content?: Buffer }[];
}

const TRUNCATED = '\n[…] (dipotong / truncated)';

/** The visitor's words: the quoted earlier mail cut off, attachments listed, within a message's length. */
export function messageText(mail: Pick<ReceivedMail, 'subject' | 'text' | 'attachments'>, withSubject: boolean) {
  const lines = cleanText(mail.text).split('\n');
  const quoteStart = lines.findIndex(
    (line, index) =>
      /^(On|Pada) .{4,200} (wrote|menulis):$/.test(line.trim()) || (line.startsWith('>') && lines[index - 1] === ''),
  );
  let text = (quoteStart > 0 ? lines.slice(0, quoteStart) : lines).join('\n').trim();
  if (withSubject && mail.subject) text = `${cleanText(mail.subject)}\n\n${text}`.trim();
  if (mail.attachments.length > 0) {
    const list = mail.attachments.map((file) => `- ${file.name} (${Math.ceil(file.size / 1024)} KB)`).join('\n');
    text = `${text}\n\nLampiran / Attachments:\n${list}`.trim();
  }
  if (!text) text = '(tanpa teks / no text)';
  return text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH - TRUNCATED.length) + TRUNCATED : text;
}

/** The same mail read twice (a poller restarted) is the same message: its id comes from the Message-ID. */
const clientMsgIdOf = (messageId: string) =>
  `mail_${createHash('sha256').update(messageId).digest('base64url').slice(0, 40)}`;

/**
 * The conversation this mail answers, by our signed reply address or by a Message-ID of the thread; only
 * within the office, and only when it comes from the conversation's own visitor. A forged reference to
 * another office's or another visitor's conversation finds nothing, so the mail starts its own.
 */
async function threadOf(ctx: DomainContext, office: OfficeRecord, mail: ReceivedMail) {
  const candidates = [
    ...(mail.inReplyTo ? [mail.inReplyTo] : []),
    ...[...mail.references].reverse(),
    ...mail.recipients,
  ];
  for (const candidate of candidates) {
    const id =
      taggedConversation(ctx.secrets, candidate) ??
      (await ctx.store.outboundMails.conversationOf(office.code, candidate)) ??
      (await ctx.store.inboundMails.byMessageId(office.code, candidate))?.conversation;
    if (!id) continue;
    const conversation = await ctx.store.conversations.byId(id);
    if (conversation?.office !== office.code) continue;
    const visitor = await ctx.store.visitors.byId(conversation.visitor);
    if (visitor && visitor.email === mail.from?.address) return { conversation, visitor };
  }
  return undefined;
}

/** The sender as a visitor of the office: the one who wrote before from this address, or a new guest book. */
async function visitorOf(ctx: DomainContext, office: OfficeRecord, from: MailAddress): Promise<VisitorRecord> {
  const known = await ctx.store.visitors.latestByEmail(office.code, from.address);
  if (known) return known;
  return ctx.store.visitors.create({
    office: office.code,
    channel: 'email',
    name: cleanText(from.name ?? '').slice(0, 120) || from.address.split('@')[0] || from.address,
    email: from.address,
    phone: '',
    institution: '',
    occupation: '',
    purpose: 'lainnya',
    // Never handed out: a mail visitor has no widget session.
    tokenHash: randomBytes(32).toString('hex'),
  });
}

/**
 * Stores the mail's attachments as the conversation's files, the same way as the widget's uploads (kind by
 * content, the office's kinds, the size limit); one refused stays only listed in the text.
 */
async function storeAttachments(
  ctx: DomainContext,
  conversation: ConversationRecord,
  visitor: VisitorRecord,
  mail: ReceivedMail,
): Promise<string[]> {
  const ids: string[] = [];
  for (const attachment of mail.attachments) {
    if (!attachment.content) continue;
    try {
      const file = await uploadFile(
        ctx,
        conversation,
        { kind: 'visitor', id: visitor.id },
        {
          name: attachment.name,
          source: Readable.from([attachment.content]),
          declaredBytes: attachment.content.length,
        },
      );
      ids.push(file.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      ctx.logger.info(
        { messageId: mail.messageId, name: attachment.name, code: error.code },
        'mail attachment refused',
      );
    }
  }
  return ids;
}

async function appendTo(
  ctx: DomainContext,
  conversation: ConversationRecord,
  visitor: VisitorRecord,
  mail: ReceivedMail,
) {
  const files = await storeAttachments(ctx, conversation, visitor, mail);
  await sendMessage(
    ctx,
    conversation,
    { kind: 'visitor', id: visitor.id },
    { clientMsgId: clientMsgIdOf(mail.messageId), text: messageText(mail, false), files },
  );
}

/** Starts a consultation from the mail, or joins the sender's open one (one open consultation per visitor). */
async function start(ctx: DomainContext, office: OfficeRecord, visitor: VisitorRecord, mail: ReceivedMail) {
  const open = await ctx.store.conversations.openOfVisitor(visitor.id);
  if (open) {
    await appendTo(ctx, open, visitor, mail);
    return open;
  }
  const conversation = await openConversation(ctx, office, visitor, {
    question: messageText(mail, true),
    clientMsgId: clientMsgIdOf(mail.messageId),
    channel: 'email',
    offline: true,
  });
  // The conversation exists only now: its files follow the question as a message of their own.
  const files = await storeAttachments(ctx, conversation, visitor, mail);
  if (files.length > 0) {
    const clientMsgId = clientMsgIdOf(`${mail.messageId} files`);
    await sendMessage(ctx, conversation, { kind: 'visitor', id: visitor.id }, { clientMsgId, files });
  }
  return conversation;
}

async function route(ctx: DomainContext, office: OfficeRecord, mail: ReceivedMail) {
  if (mail.size > ctx.settings.mail.maxInboundBytes) return { outcome: 'too_large' as const };
  if (mail.automatic) return { outcome: 'auto_reply' as const };
  const from = mail.from;
  if (!from) return { outcome: 'no_sender' as const };
  const thread = await threadOf(ctx, office, mail);
  if (thread && thread.conversation.status !== 'closed') {
    await appendTo(ctx, thread.conversation, thread.visitor, mail);
    return { outcome: 'threaded' as const, conversation: thread.conversation };
  }
  const visitor = thread?.visitor ?? (await visitorOf(ctx, office, from));
  const conversation = await start(ctx, office, visitor, mail);
  return { outcome: thread ? ('reply_to_closed' as const) : ('started' as const), conversation };
}

/**
 * Takes one mail from the office's mailbox into the inbox, once: a reply joins its conversation, any other
 * mail starts one with channel `email`; automatic, oversized and senderless mails are recorded and left.
 * Returns what became of it, or `duplicate` when it was taken before.
 */
export async function receiveMail(
  ctx: DomainContext,
  mailbox: OfficeMailboxRecord,
  mail: ReceivedMail,
): Promise<InboundOutcome | 'duplicate'> {
  const office = await findOffice(ctx, mailbox.office);
  const claimed = await ctx.store.inboundMails.claim({
    office: office.code,
    messageId: mail.messageId,
    ...(mail.uid ? { uid: mail.uid } : {}),
    ...(mail.from ? { from: mail.from.address } : {}),
    subject: mail.subject.slice(0, 500),
    attachments: mail.attachments.map(({ name, size }) => ({ name, size })),
    receivedAt: ctx.clock.now(),
  });
  if (!claimed) return 'duplicate';
  const { outcome, conversation } = await route(ctx, office, mail);
  await ctx.store.inboundMails.finish(office.code, mail.messageId, outcome, conversation?.id);
  if (outcome !== 'threaded' && outcome !== 'started' && outcome !== 'reply_to_closed') {
    ctx.logger.info({ office: office.code, messageId: mail.messageId, outcome }, 'inbound mail left out of the inbox');
  }
  return outcome;
}
