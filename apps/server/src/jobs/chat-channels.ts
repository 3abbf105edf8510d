import type { AppContext } from '../context.ts';
import { processStalledUpdates } from '../edge/chat-channels/updates.ts';
import { pollTelegramBot } from '../edge/telegram/telegram-poller.ts';

/** Polls every bot in polling mode; one bot's failure is noted on its connection and the others go on. */
export async function pollTelegramBots(ctx: AppContext): Promise<void> {
  for (const record of await ctx.store.chatChannels.polling()) {
    try {
      await pollTelegramBot(ctx, record);
    } catch (error) {
      ctx.logger.warn({ office: record.office, reason: (error as Error).message }, 'polling the telegram bot failed');
    }
  }
  await processStalledUpdates(ctx);
}
