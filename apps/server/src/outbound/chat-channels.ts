import { type ChatChannel, chatChannels, fileMediaTypes, type Message } from '@pst/protocol';
import { type Choice, chatTexts, ratingChoices } from '../domain/chat-channels/chat-texts.ts';
import { TEMPLATE_MSG_PREFIX } from '../domain/chat-channels/whatsapp-window.ts';
import type { DomainContext } from '../domain/context.ts';
import type { ChannelReply, DomainEvents } from '../domain/events.ts';
import type { ConversationRecord } from '../store/records.ts';
import { telegramOf, whatsappOf } from './chat-clients.ts';
import { describeTelegramError } from './telegram-api.ts';

const isChatChannel = (channel: string): channel is ChatChannel =>
  (chatChannels as readonly string[]).includes(channel);

/** What goes out: text with optional buttons, or (WhatsApp, outside the window) the approved template. */
type Outgoing = {
  text: string;
  choices?: Choice[];
  template?: boolean;
  file?: { name: string; content: Buffer; mimeType: string };
};

/**
 * Sends once per key: the key is claimed by a unique insert before the call, so a repeated event or a second
 * node never sends it again. The connection's status shows the last call's error until one succeeds.
 */
export async function deliver(
  ctx: DomainContext,
  target: { key: string; office: string; channel: ChatChannel; chatId: string },
  outgoing: Outgoing,
): Promise<void> {
  const now = ctx.clock.now();
  if (!(await ctx.store.channelDeliveries.claim({ ...target, at: now }))) return;
  const record = await ctx.store.chatChannels.of(target.office, target.channel);
  if (!record) {
    await ctx.store.channelDeliveries.finish(target.key, { error: 'the channel is not connected' });
    return;
  }
  let token = '';
  try {
    let externalId: string;
    if (target.channel === 'telegram') {
      const telegram = telegramOf(ctx, record);
      token = telegram.token;
      externalId = outgoing.file
        ? await telegram.client.sendFile(target.chatId, outgoing.file.name, outgoing.file.content)
        : await telegram.client.sendText(target.chatId, outgoing.text, outgoing.choices);
    } else {
      const whatsapp = whatsappOf(ctx, record);
      if (outgoing.file) {
        const { name, content, mimeType } = outgoing.file;
        externalId = await whatsapp.sendFile(target.chatId, name, content, mimeType);
      } else if (outgoing.template && record.template)
        externalId = await whatsapp.sendTemplate(target.chatId, record.template);
      else if (outgoing.choices?.length)
        externalId = await whatsapp.sendChoices(target.chatId, outgoing.text, outgoing.choices);
      else externalId = await whatsapp.sendText(target.chatId, outgoing.text);
    }
    await ctx.store.channelDeliveries.finish(target.key, { externalId });
    if (record.lastError) await ctx.store.chatChannels.noteOutcome(target.office, target.channel, ctx.clock.now());
  } catch (error) {
    const reason = describeTelegramError(error, token);
    await ctx.store.channelDeliveries.finish(target.key, { error: reason });
    await ctx.store.chatChannels.noteOutcome(target.office, target.channel, ctx.clock.now(), reason);
    ctx.logger.warn(
      { office: target.office, channel: target.channel, key: target.key, reason },
      'chat app delivery failed',
    );
  }
}

/** An officer's message as the sender reads it in the app: its text, or (WhatsApp, window closed) the template. */
function answerOf(message: Message): Outgoing {
  if (message.clientMsgId.startsWith(TEMPLATE_MSG_PREFIX)) return { text: message.text, template: true };
  return { text: message.text };
}

async function chatIdOf(ctx: DomainContext, conversation: ConversationRecord) {
  return (await ctx.store.channelContacts.byVisitor(conversation.visitor))?.chatId;
}

async function sendAnswer(ctx: DomainContext, conversation: ConversationRecord, message: Message) {
  if (!isChatChannel(conversation.channel)) return;
  const chatId = await chatIdOf(ctx, conversation);
  if (!chatId) return;
  const target = { key: `message:${message.id}`, office: conversation.office, channel: conversation.channel, chatId };
  if (message.text || message.clientMsgId.startsWith(TEMPLATE_MSG_PREFIX))
    await deliver(ctx, target, answerOf(message));
  // Each file follows as a document of its own, read from our file store.
  for (const file of message.files ?? []) {
    const content = await readAll(ctx.store.files.openRead(file.id));
    const file_ = { name: file.name, content, mimeType: fileMediaTypes[file.kind] };
    await deliver(ctx, { ...target, key: `${target.key}:file:${file.id}` }, { text: '', file: file_ });
  }
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A closed, unrated consultation asks for the rating in the app, with a button per score; once. */
async function askRating(ctx: DomainContext, conversation: ConversationRecord) {
  if (!isChatChannel(conversation.channel) || conversation.status !== 'closed' || conversation.rating) return;
  const chatId = await chatIdOf(ctx, conversation);
  if (!chatId) return;
  const target = {
    key: `rating:${conversation.id}`,
    office: conversation.office,
    channel: conversation.channel,
    chatId,
  };
  await deliver(ctx, target, { text: chatTexts.askRating, choices: ratingChoices(conversation.id) });
}

function sendReply(ctx: DomainContext, reply: ChannelReply) {
  const { text, choices, ...target } = reply;
  return deliver(ctx, target, { text, ...(choices ? { choices } : {}) });
}

/**
 * The chat-app adapter: an officer's message in a Telegram or WhatsApp conversation leaves through that app,
 * closing asks for the rating there, and the guest-book dialog's words reach the sender.
 */
export function subscribeChatChannels(events: DomainEvents, ctx: DomainContext): () => void {
  const failed = (what: string) => (error: unknown) => ctx.logger.error({ err: error }, `chat app ${what} failed`);
  return events.subscribe((event) => {
    if (event.type === 'message.created' && event.message.author === 'officer') {
      sendAnswer(ctx, event.conversation, event.message).catch(failed('answer'));
    }
    if (event.type === 'conversation.changed') askRating(ctx, event.conversation).catch(failed('rating prompt'));
    if (event.type === 'channel.reply') sendReply(ctx, event.reply).catch(failed('reply'));
  });
}
