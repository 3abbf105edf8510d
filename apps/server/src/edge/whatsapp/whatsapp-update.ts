import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type ChatMessageIn, receiveChatMessage } from '../../domain/chat-channels/chat-inbound.ts';
import { whatsappOf } from '../../outbound/chat-clients.ts';
import type { ChannelUpdateRecord } from '../../store/chat-channels.ts';

const mediaSchema = z.looseObject({
  id: z.string().max(200),
  mime_type: z.string().max(200).optional(),
  filename: z.string().max(500).optional(),
  caption: z.string().max(10_000).optional(),
});

/** One message of a Cloud API webhook (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks). */
export const whatsappMessageSchema = z.looseObject({
  from: z.string().regex(/^\d{5,20}$/),
  id: z.string().min(1).max(200),
  timestamp: z.string().max(20),
  type: z.string().max(40),
  text: z.looseObject({ body: z.string().max(10_000) }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string().max(256) }).optional(),
      list_reply: z.looseObject({ id: z.string().max(256) }).optional(),
    })
    .optional(),
  button: z.looseObject({ payload: z.string().max(256).optional(), text: z.string().max(1000) }).optional(),
  image: mediaSchema.optional(),
  document: mediaSchema.optional(),
});
export type WhatsappMessage = z.infer<typeof whatsappMessageSchema>;

/** A webhook POST's body, down to its messages; statuses and other fields are accepted and ignored. */
export const whatsappWebhookSchema = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.looseObject({
        id: z.string(),
        changes: z
          .array(
            z.looseObject({
              field: z.string(),
              value: z.looseObject({
                metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
                messages: z.array(whatsappMessageSchema).max(100).optional(),
              }),
            }),
          )
          .max(100),
      }),
    )
    .max(100),
});

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/** Processes one stored WhatsApp message: text, a tapped button, or a file (downloaded at once into our store). */
export async function processWhatsappUpdate(ctx: AppContext, stored: ChannelUpdateRecord): Promise<void> {
  const message = whatsappMessageSchema.parse(stored.payload);
  const record = await ctx.store.chatChannels.of(stored.office, 'whatsapp');
  if (!record) return;
  const client = whatsappOf(ctx, record);
  // The sender sees their message read: the officer side has it now.
  await client.markRead(message.id).catch(() => {});
  const choice =
    message.interactive?.button_reply?.id ?? message.interactive?.list_reply?.id ?? message.button?.payload;
  const media = message.image ?? message.document;
  const typed = message.text?.body ?? media?.caption ?? (choice ? undefined : message.button?.text);
  const input: ChatMessageIn = {
    office: stored.office,
    channel: 'whatsapp',
    sender: message.from,
    chatId: message.from,
    externalId: stored.externalId,
    phone: `+${message.from}`,
    ...(typed ? { text: typed } : {}),
    ...(choice ? { choice } : {}),
  };
  if (media) {
    try {
      const { content, mimeType } = await client.downloadMedia(media.id, ctx.settings.files.maxBytes);
      const name = media.filename ?? `${message.type}_${message.timestamp}.${extensions[mimeType] ?? 'bin'}`;
      input.files = [{ name, content }];
    } catch (error) {
      ctx.logger.warn({ office: stored.office, reason: (error as Error).message }, 'whatsapp media not downloaded');
    }
  }
  await receiveChatMessage(ctx, input);
}
