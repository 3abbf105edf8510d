import { fileMediaTypes, type Message } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { MailAddress, MailKind, NewOutboundMail } from '../../store/mails.ts';
import type { ConversationRecord, OfficeRecord, ReminderRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';
import { conversationRootId, domainOf, newMessageId, parseAddress, replyAddress } from './addresses.ts';
import { answerMail, type MailContent, reminderMail, transcriptMail } from './mail-text.ts';

/** Who an office's mail comes from, and where replies go: its own mailbox, or the server's default sender. */
export async function senderOf(ctx: DomainContext, office: OfficeRecord) {
  const mailbox = await ctx.store.mailboxes.byOffice(office.code);
  if (mailbox)
    return { from: { name: mailbox.displayName ?? `PST ${office.name}`, address: mailbox.address }, mailbox };
  const fallback = parseAddress(ctx.settings.mail.defaultFrom);
  if (!fallback) throw new Error(`MAIL_FROM has no address: ${ctx.settings.mail.defaultFrom}`);
  return { from: { name: fallback.name ?? `PST ${office.name}`, address: fallback.address }, mailbox: undefined };
}

/**
 * Queues a mail of the conversation, once per `key`: from the office, threaded after the conversation's
 * earlier mails (both ways), with a reply address that leads back to it when the office has a mailbox.
 */
export async function queueConversationMail(
  ctx: DomainContext,
  conversation: ConversationRecord,
  mail: {
    key: string;
    kind: MailKind;
    to: MailAddress;
    content: MailContent;
    attachments?: NewOutboundMail['attachments'];
  },
): Promise<boolean> {
  const office = await findOffice(ctx, conversation.office);
  const { from, mailbox } = await senderOf(ctx, office);
  const domain = domainOf(from.address);
  const [sent, received] = await Promise.all([
    ctx.store.outboundMails.messageIdsOf(conversation.id),
    ctx.store.inboundMails.messageIdsOf(conversation.id),
  ]);
  const root = conversationRootId(ctx.secrets, conversation.id, domain);
  // Replying to the visitor's last mail when there is one, else following our own.
  const inReplyTo = received.at(-1) ?? sent.at(-1) ?? root;
  const references = [...new Set([root, ...sent, ...received])].slice(-20);
  const replyTo = mailbox ? replyAddress(ctx.secrets, mailbox.address, conversation.id) : office.contacts.email;
  return ctx.store.outboundMails.queue({
    key: mail.key,
    office: office.code,
    conversation: conversation.id,
    kind: mail.kind,
    from,
    to: [mail.to],
    ...(replyTo ? { replyTo } : {}),
    ...mail.content,
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    messageId: newMessageId(domain),
    inReplyTo,
    references,
    createdAt: ctx.clock.now(),
  });
}

/**
 * A deadline reminder to the officer it names, by e-mail as well as in the app; once per reminder. Not part of
 * the visitor's thread: no reply address into the conversation.
 */
export async function queueReminderMail(
  ctx: DomainContext,
  reminder: ReminderRecord,
  conversation: ConversationRecord,
) {
  const officer = reminder.officer ? await ctx.store.officers.byId(reminder.officer) : undefined;
  if (!officer || officer.disabled) return false;
  const office = await findOffice(ctx, conversation.office);
  const { from } = await senderOf(ctx, office);
  const due = new Intl.DateTimeFormat('id-ID', { timeZone: office.timeZone, dateStyle: 'full', timeStyle: 'short' });
  const origin = ctx.settings.publicOrigins[0] ?? '';
  return ctx.store.outboundMails.queue({
    key: `reminder:${reminder.key}`,
    office: office.code,
    about: conversation.id,
    kind: 'reminder',
    from,
    to: [{ name: officer.name, address: officer.email }],
    ...reminderMail(office, {
      overdue: reminder.kind === 'overdue',
      visitorName: conversation.visitorCard.name,
      question: conversation.question,
      due: due.format(reminder.dueAt),
      link: `${origin}/agent/#/chat/${conversation.id}`,
    }),
    messageId: newMessageId(domainOf(from.address)),
    references: [],
    createdAt: ctx.clock.now(),
  });
}

/** The subject the visitor gave, for an answer in the same thread ("Re: …"). */
async function replySubject(ctx: DomainContext, conversation: ConversationRecord): Promise<string | undefined> {
  const [first] = await ctx.store.inboundMails.messageIdsOf(conversation.id);
  const subject = first ? (await ctx.store.inboundMails.byMessageId(conversation.office, first))?.subject : undefined;
  if (!subject) return undefined;
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

/**
 * An officer's message in a conversation the visitor is not watching (it came by e-mail, or is an offline
 * message) goes to the visitor by e-mail; it stays in the conversation as well.
 */
export async function queueAnswerMail(ctx: DomainContext, conversation: ConversationRecord, message: Message) {
  // A chat app's conversation is answered in the app (outbound/chat-channels.ts), offline or not.
  const byMail = conversation.channel === 'email' || (conversation.channel === 'web' && conversation.offline);
  if (message.author !== 'officer' || !byMail) return false;
  const visitor = await ctx.store.visitors.byId(conversation.visitor);
  if (!visitor?.email) return false;
  const office = await findOffice(ctx, conversation.office);
  const subject = await replySubject(ctx, conversation);
  const content = answerMail(office, {
    ...(subject ? { subject } : {}),
    ...(message.authorName ? { officerName: message.authorName } : {}),
    text: message.text,
    question: conversation.question,
  });
  return queueConversationMail(ctx, conversation, {
    key: `answer:${message.id}`,
    kind: 'answer',
    to: { name: visitor.name, address: visitor.email },
    content,
    // The officer's files go along, streamed from the file store when the mail is sent.
    attachments: (message.files ?? []).map((file) => ({
      file: file.id,
      name: file.name,
      contentType: fileMediaTypes[file.kind],
    })),
  });
}

/** The closed conversation's transcript to the guest book's address; asked twice, sent once. */
export async function queueTranscriptMail(ctx: DomainContext, conversation: ConversationRecord): Promise<void> {
  if (conversation.status !== 'closed') throw new AppError('CONVERSATION_NOT_CLOSED');
  const visitor = await ctx.store.visitors.byId(conversation.visitor);
  if (!visitor?.email) throw new AppError('NOT_FOUND', 'The guest book has no e-mail address.');
  const office = await findOffice(ctx, conversation.office);
  const formatter = new Intl.DateTimeFormat('id-ID', {
    timeZone: office.timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const content = transcriptMail(office, {
    visitorName: visitor.name,
    messages: await ctx.store.messages.after(conversation.id, 0),
    formatTime: (iso) => formatter.format(new Date(iso)),
  });
  await queueConversationMail(ctx, conversation, {
    key: `transcript:${conversation.id}`,
    kind: 'transcript',
    to: { name: visitor.name, address: visitor.email },
    content,
  });
}
