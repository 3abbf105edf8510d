import type { AppContext } from '../../context.ts';
import { telegramSecrets } from '../../domain/chat-channels/connections.ts';
import { telegramOf } from '../../outbound/chat-clients.ts';
import { describeTelegramError } from '../../outbound/telegram-api.ts';
import type { ChatChannelRecord } from '../../store/chat-channels.ts';
import { acceptUpdate } from '../chat-channels/updates.ts';
import { telegramExternalId, telegramUpdateSchema } from './telegram-update.ts';

/**
 * Long polling, for an office without public HTTPS: asks Telegram for the bot's new updates (no waiting:
 * the job runs again soon), stores each once and processes it in order, then moves the offset past them,
 * which confirms them to Telegram. The caller runs this on one node at a time.
 */
export async function pollTelegramBot(ctx: AppContext, record: ChatChannelRecord): Promise<number> {
  const { client, token } = telegramOf(ctx, record);
  const botId = telegramSecrets(ctx, record).botToken.split(':')[0] ?? '';
  let updates: unknown[];
  try {
    updates = await client.getUpdates(record.pollOffset, 0);
  } catch (error) {
    await ctx.store.chatChannels.noteOutcome(
      record.office,
      'telegram',
      ctx.clock.now(),
      describeTelegramError(error, token),
    );
    return 0;
  }
  if (record.lastError) await ctx.store.chatChannels.noteOutcome(record.office, 'telegram', ctx.clock.now());
  let next = record.pollOffset;
  for (const raw of updates) {
    const parsed = telegramUpdateSchema.safeParse(raw);
    if (!parsed.success) continue;
    const update = parsed.data;
    next = Math.max(next, update.update_id + 1);
    await acceptUpdate(
      ctx,
      { channel: 'telegram', externalId: telegramExternalId(botId, update), office: record.office, payload: update },
      'now',
    );
  }
  if (next > record.pollOffset) await ctx.store.chatChannels.advancePoll(record.office, next);
  return updates.length;
}
