import { telegramSecrets, whatsappSecrets } from '../domain/chat-channels/connections.ts';
import type { DomainContext } from '../domain/context.ts';
import type { ChatChannelRecord } from '../store/chat-channels.ts';
import { type TelegramClient, telegramClient } from './telegram-api.ts';
import { type WhatsappClient, whatsappClient } from './whatsapp-api.ts';

/** The office's bot as a client, with its token only to keep it out of error texts. */
export function telegramOf(ctx: DomainContext, record: ChatChannelRecord): { client: TelegramClient; token: string } {
  const { botToken } = telegramSecrets(ctx, record);
  return { client: telegramClient(ctx.settings.chatChannels.telegramApiRoot, botToken), token: botToken };
}

export function whatsappOf(ctx: DomainContext, record: ChatChannelRecord): WhatsappClient {
  const { accessToken } = whatsappSecrets(ctx, record);
  return whatsappClient(ctx.settings.chatChannels.whatsappApiRoot, record.account, accessToken);
}
