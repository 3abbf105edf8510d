import { z } from 'zod';
import { isoTimeSchema, lineSchema } from './common.ts';
import { chatChannels } from './constants.ts';

export const chatChannelSchema = z.enum(chatChannels);

/**
 * `PUT /api/admin/offices/:code/channels/telegram`: the office's bot, by the token @BotFather gave. `webhook`
 * needs this server reachable over public HTTPS (PUBLIC_URL); `polling` asks Telegram for updates instead.
 * The token is stored encrypted and never sent back.
 */
export const telegramConnectSchema = z.strictObject({
  botToken: z.string().regex(/^\d{3,20}:[A-Za-z0-9_-]{20,100}$/, 'a bot token as @BotFather gives it'),
  mode: z.enum(['webhook', 'polling']).default('webhook'),
});
export type TelegramConnectInput = z.input<typeof telegramConnectSchema>;

/**
 * `PUT /api/admin/offices/:code/channels/whatsapp`: the office's WhatsApp Business number on the Cloud API.
 * The access token and app secret are stored encrypted and never sent back; `verifyToken` is what the office
 * types into Meta's webhook settings. `template` is the approved template sent outside the 24-hour window.
 */
export const whatsappConnectSchema = z.strictObject({
  phoneNumberId: z.string().regex(/^\d{5,25}$/, 'the phone number id from the WhatsApp Manager'),
  accessToken: z.string().min(20).max(1000),
  appSecret: z.string().regex(/^[A-Za-z0-9]{16,64}$/, 'the app secret from the Meta app dashboard'),
  verifyToken: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, '8 to 100 of A-Z a-z 0-9 _ -'),
  template: z
    .strictObject({ name: z.string().regex(/^[a-z0-9_]{1,512}$/), language: lineSchema(15) })
    .default({ name: 'jawaban_siap', language: 'id' }),
});
export type WhatsappConnectInput = z.input<typeof whatsappConnectSchema>;

/** A connected channel as staff see it: never a token or secret. */
export const chatChannelViewSchema = z.object({
  channel: chatChannelSchema,
  /** `error`: the last call to the channel's API failed (see `lastError`); it is still tried. */
  status: z.enum(['connected', 'error']),
  /** The bot's @username, or the WhatsApp phone number id. */
  account: z.string(),
  mode: z.enum(['webhook', 'polling']),
  /** What the office registers with the channel (Telegram: set by the server itself). */
  webhookUrl: z.string().optional(),
  connectedAt: isoTimeSchema,
  lastError: z.string().optional(),
  lastErrorAt: isoTimeSchema.optional(),
});
export type ChatChannelView = z.infer<typeof chatChannelViewSchema>;
