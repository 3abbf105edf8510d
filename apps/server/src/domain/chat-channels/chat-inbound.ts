import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { type ChatChannel, cleanText, MAX_MESSAGE_LENGTH } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ChannelContactRecord } from '../../store/chat-channels.ts';
import type { ConversationRecord, OfficeRecord, VisitorRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { openConversation, rateConversation, sendMessage } from '../conversations/lifecycle.ts';
import { uploadFile } from '../files/file.service.ts';
import { findOffice, officeStatus } from '../offices/office-status.ts';
import { privacyNoticeOf } from '../privacy/notice.ts';
import { takeVisitorQuota } from '../visitors/visitor-quotas.ts';
import { type Choice, chatTexts } from './chat-texts.ts';
import { advanceDialog, type CollectedGuestBook } from './guest-book-dialog.ts';

/** One message from a sender on a chat app, as its edge gives it after checking and parsing the update. */
export interface ChatMessageIn {
  office: string;
  channel: ChatChannel;
  /** The sender's id on the channel (Telegram user id, WhatsApp number) and where answers go. */
  sender: string;
  chatId: string;
  /** The channel's id of this message or update: the same id is the same message. */
  externalId: string;
  /** The sender's WhatsApp number, kept as the guest book's phone. */
  phone?: string;
  text?: string;
  /** The id of a button the sender tapped. */
  choice?: string;
  /** Files sent, already downloaded (a channel's media ids expire). */
  files?: { name: string; content: Buffer }[];
}

/** The same update processed again stores the same message once: its id comes from the channel's id. */
const clientMsgIdOf = (channel: ChatChannel, externalId: string) =>
  `${channel === 'telegram' ? 'tg' : 'wa'}_${createHash('sha256').update(externalId).digest('base64url').slice(0, 40)}`;

function reply(ctx: DomainContext, input: ChatMessageIn, key: string, text: string, choices?: Choice[]) {
  ctx.events.emit({
    type: 'channel.reply',
    reply: {
      key: `reply:${input.channel}:${input.externalId}:${key}`,
      office: input.office,
      channel: input.channel,
      chatId: input.chatId,
      text,
      ...(choices ? { choices } : {}),
    },
  });
}

/** The office's privacy notice the chat's consent is to: its version, and its page when the server's URL is known. */
function noticeOf(ctx: DomainContext, office: OfficeRecord): { version: string; url?: string } {
  const base = ctx.settings.publicOrigins[0];
  return { version: privacyNoticeOf(office).version, ...(base ? { url: `${base}/privacy/${office.code}` } : {}) };
}

/** The sender's words as a message: cleaned like the widget's, cut to a message's length. */
function messageText(text: string | undefined): string {
  return cleanText(text ?? '').slice(0, MAX_MESSAGE_LENGTH);
}

async function register(
  ctx: DomainContext,
  input: ChatMessageIn,
  contact: ChannelContactRecord,
  guestBook: CollectedGuestBook,
  consentVersion: string,
): Promise<VisitorRecord> {
  await takeVisitorQuota(ctx, 'register', { ip: `${input.channel}:${input.sender}`, office: input.office });
  const visitor = await ctx.store.visitors.create({
    office: input.office,
    channel: input.channel,
    ...guestBook,
    phone: input.phone ?? '',
    consentAt: ctx.clock.now(),
    consentVersion,
    // Never handed out: a chat app's sender has no widget session.
    tokenHash: randomBytes(32).toString('hex'),
  });
  await ctx.store.channelContacts.linkVisitor(contact.id, visitor.id);
  return visitor;
}

/** Stores the sender's files as the conversation's, like widget uploads; a refused one is logged and left. */
async function storeFiles(
  ctx: DomainContext,
  conversation: ConversationRecord,
  visitor: VisitorRecord,
  input: ChatMessageIn,
) {
  const ids: string[] = [];
  for (const file of input.files ?? []) {
    try {
      const ref = await uploadFile(
        ctx,
        conversation,
        { kind: 'visitor', id: visitor.id },
        { name: file.name, source: Readable.from([file.content]), declaredBytes: file.content.length },
      );
      ids.push(ref.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      ctx.logger.info({ channel: input.channel, code: error.code }, 'chat app file refused');
    }
  }
  return ids;
}

/** A message of a known sender: joins their open consultation, or starts one (no guest book again). */
async function consult(ctx: DomainContext, office: OfficeRecord, visitor: VisitorRecord, input: ChatMessageIn) {
  const author = { kind: 'visitor' as const, id: visitor.id };
  const clientMsgId = clientMsgIdOf(input.channel, input.externalId);
  const text = messageText(input.text);
  const open = await ctx.store.conversations.openOfVisitor(visitor.id);
  if (open) {
    const files = await storeFiles(ctx, open, visitor, input);
    if (text || files.length > 0) await sendMessage(ctx, open, author, { clientMsgId, text, files });
    return;
  }
  if (!text) {
    // A file needs a question to belong to; a bare command (Telegram's /start) needs nothing.
    if (input.files?.length) reply(ctx, input, 'media', chatTexts.mediaBeforeQuestion);
    return;
  }
  await takeVisitorQuota(ctx, 'start', { ip: `${input.channel}:${input.sender}`, office: office.code });
  const { available } = await officeStatus(ctx, office);
  const conversation = await openConversation(ctx, office, visitor, {
    question: text,
    clientMsgId,
    channel: input.channel,
    offline: !available,
  });
  const files = await storeFiles(ctx, conversation, visitor, input);
  if (files.length > 0) await sendMessage(ctx, conversation, author, { clientMsgId: `${clientMsgId}f`, files });
  reply(ctx, input, 'queued', available ? chatTexts.queued : chatTexts.queuedOffline);
}

/** A tapped rating button: the sender's own closed consultation, rated once, as in the widget. */
async function rate(ctx: DomainContext, input: ChatMessageIn, contact: ChannelContactRecord, choice: string) {
  const [, conversationId, score] = choice.split(':');
  const conversation = /^[0-9a-f]{24}$/.test(conversationId ?? '')
    ? await ctx.store.conversations.byId(conversationId ?? '')
    : undefined;
  // Another sender's conversation, or a forged id: nothing happens.
  if (!conversation || !contact.visitor || conversation.visitor !== contact.visitor) return;
  try {
    await rateConversation(ctx, conversation, { score: Number(score) });
    reply(ctx, input, 'rated', chatTexts.thanksForRating);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ALREADY_RATED') reply(ctx, input, 'rated', chatTexts.alreadyRated);
    else throw error;
  }
}

/**
 * Takes one message from a chat app into the inbox: a new sender is led through the guest book first (asked
 * in the chat, in Indonesian, ending with consent to the current consent text); a known sender consults as a
 * returning visitor; a tapped rating button rates their closed consultation.
 */
export async function receiveChatMessage(ctx: DomainContext, input: ChatMessageIn): Promise<void> {
  const office = await findOffice(ctx, input.office);
  const contact = await ctx.store.channelContacts.open(
    { office: office.code, channel: input.channel, sender: input.sender },
    input.chatId,
    ctx.clock.now(),
  );
  if (input.choice && /^rate:[0-9a-f]{24}:[1-5]$/.test(input.choice)) return rate(ctx, input, contact, input.choice);
  const visitor = contact.visitor ? await ctx.store.visitors.byId(contact.visitor) : undefined;
  if (visitor) return consult(ctx, office, visitor, input);

  const outcome = advanceDialog(
    contact.dialog,
    { ...(input.text ? { text: input.text } : {}), ...(input.choice ? { choice: input.choice } : {}) },
    { name: office.name, notice: noticeOf(ctx, office) },
  );
  if (outcome.kind === 'ask') {
    await ctx.store.channelContacts.setDialog(contact.id, outcome.dialog);
    reply(ctx, input, 'dialog', outcome.text, outcome.choices);
    return;
  }
  const registered = await register(ctx, input, contact, outcome.guestBook, noticeOf(ctx, office).version);
  reply(ctx, input, 'registered', chatTexts.registered(registered.name));
}
