import type { ChatChannel, ChatChannelView } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { ChatChannelRecord } from '../../store/chat-channels.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';

/** What a Telegram connection keeps sealed: the bot token and the secret Telegram sends back with each update. */
export interface TelegramSecrets {
  botToken: string;
  webhookSecret: string;
}

/** What a WhatsApp connection keeps sealed. */
export interface WhatsappSecrets {
  accessToken: string;
  appSecret: string;
  verifyToken: string;
}

/** Where Telegram or Meta posts this office's updates: under the server's public origin, never with a secret in it. */
export function webhookUrl(ctx: DomainContext, channel: ChatChannel, office: string): string | undefined {
  const origin = ctx.settings.publicOrigins[0];
  return origin ? `${origin}/hooks/${channel}/${office}` : undefined;
}

/** What staff see of a connection: never a token or secret. */
export function toChatChannelView(ctx: DomainContext, record: ChatChannelRecord): ChatChannelView {
  const url = record.mode === 'webhook' ? webhookUrl(ctx, record.channel, record.office) : undefined;
  return {
    channel: record.channel,
    status: record.lastError ? 'error' : 'connected',
    account: record.account,
    mode: record.mode,
    ...(url ? { webhookUrl: url } : {}),
    connectedAt: record.connectedAt.toISOString(),
    ...(record.lastError ? { lastError: record.lastError } : {}),
    ...(record.lastErrorAt ? { lastErrorAt: record.lastErrorAt.toISOString() } : {}),
  };
}

export async function listChatChannels(ctx: DomainContext, office: string): Promise<ChatChannelView[]> {
  await findOffice(ctx, office);
  return (await ctx.store.chatChannels.byOffice(office)).map((record) => toChatChannelView(ctx, record));
}

/** Stores the connection with its secrets sealed under SECRETS_KEY; the log names the office and channel only. */
export async function saveChatChannel(
  ctx: DomainContext,
  connection: Omit<ChatChannelRecord, 'secretsSealed' | 'pollOffset' | 'connectedAt'>,
  secrets: TelegramSecrets | WhatsappSecrets,
): Promise<ChatChannelView> {
  await findOffice(ctx, connection.office);
  const saved = await ctx.store.chatChannels.save({
    ...connection,
    secretsSealed: ctx.secrets.seal(JSON.stringify(secrets)),
    connectedAt: ctx.clock.now(),
  });
  ctx.logger.info(
    { office: connection.office, channel: connection.channel, mode: connection.mode },
    'chat channel connected',
  );
  return toChatChannelView(ctx, saved);
}

export async function removeChatChannel(ctx: DomainContext, office: string, channel: ChatChannel): Promise<void> {
  await findOffice(ctx, office);
  if (!(await ctx.store.chatChannels.remove(office, channel))) throw new AppError('NOT_FOUND');
  ctx.logger.info({ office, channel }, 'chat channel disconnected');
}

export function telegramSecrets(ctx: DomainContext, record: ChatChannelRecord): TelegramSecrets {
  return JSON.parse(ctx.secrets.open(record.secretsSealed)) as TelegramSecrets;
}

export function whatsappSecrets(ctx: DomainContext, record: ChatChannelRecord): WhatsappSecrets {
  return JSON.parse(ctx.secrets.open(record.secretsSealed)) as WhatsappSecrets;
}
