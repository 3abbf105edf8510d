import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type ChatMessageIn, receiveChatMessage } from '../../domain/chat-channels/chat-inbound.ts';
import { telegramOf } from '../../outbound/chat-clients.ts';
import { describeTelegramError } from '../../outbound/telegram-api.ts';
import type { ChannelUpdateRecord } from '../../store/chat-channels.ts';

const userSchema = z.looseObject({ id: z.number().int() });
const chatSchema = z.looseObject({ id: z.number().int() });
const fileSchema = z.looseObject({
  file_id: z.string().max(300),
  file_unique_id: z.string().max(300),
  file_size: z.number().int().optional(),
});

/** The part of a Telegram Update the inbox reads (https://core.telegram.org/bots/api#update); the rest is kept. */
export const telegramUpdateSchema = z.looseObject({
  update_id: z.number().int().min(0),
  message: z
    .looseObject({
      message_id: z.number().int(),
      from: userSchema.optional(),
      chat: chatSchema.extend({ type: z.string() }),
      date: z.number().int(),
      text: z.string().max(10_000).optional(),
      caption: z.string().max(10_000).optional(),
      document: fileSchema.extend({ file_name: z.string().max(500).optional() }).optional(),
      photo: z.array(fileSchema).max(20).optional(),
    })
    .optional(),
  callback_query: z
    .looseObject({
      id: z.string().max(100),
      from: userSchema,
      message: z.looseObject({ chat: chatSchema }).optional(),
      data: z.string().max(64).optional(),
    })
    .optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

/** The id an update is stored under: update ids count per bot, so the bot's id (public, in its token) leads. */
export const telegramExternalId = (botId: string, update: TelegramUpdate) => `${botId}:${update.update_id}`;

/** A file the sender sent: the document as named, the largest size of a photo. */
function fileOf(message: NonNullable<TelegramUpdate['message']>) {
  if (message.document) return { id: message.document.file_id, name: message.document.file_name ?? 'berkas' };
  const photo = message.photo?.at(-1);
  return photo ? { id: photo.file_id, name: `foto_${message.message_id}.jpg` } : undefined;
}

/** Processes one stored Telegram update: a private chat's message or a tapped button. Others are ignored. */
export async function processTelegramUpdate(ctx: AppContext, stored: ChannelUpdateRecord): Promise<void> {
  const update = telegramUpdateSchema.parse(stored.payload);
  const record = await ctx.store.chatChannels.of(stored.office, 'telegram');
  if (!record) return;
  const { client, token } = telegramOf(ctx, record);
  const base = { office: stored.office, channel: 'telegram' as const, externalId: stored.externalId };
  const query = update.callback_query;
  if (query) {
    // Stops the button's spinner; the answer itself comes as a message.
    await client.answerCallback(query.id).catch(() => {});
    if (!query.message || !query.data) return;
    await receiveChatMessage(ctx, {
      ...base,
      sender: String(query.from.id),
      chatId: String(query.message.chat.id),
      choice: query.data,
    });
    return;
  }
  const message = update.message;
  if (!message?.from || message.chat.type !== 'private') return;
  const typed = message.text ?? message.caption;
  const input: ChatMessageIn = {
    ...base,
    sender: String(message.from.id),
    chatId: String(message.chat.id),
    // "/start" opens the bot's chat: it welcomes a new sender, and is no question.
    ...(typed && !/^\/start\b/.test(typed) ? { text: typed } : {}),
  };
  const file = fileOf(message);
  if (file) {
    try {
      const content = await client.downloadFile(file.id, ctx.settings.files.maxBytes);
      input.files = [{ name: file.name, content }];
    } catch (error) {
      ctx.logger.warn(
        { office: stored.office, reason: describeTelegramError(error, token) },
        'telegram file not downloaded',
      );
    }
  }
  await receiveChatMessage(ctx, input);
}
