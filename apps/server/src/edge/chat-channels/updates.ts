import type { ChatChannel } from '@pst/protocol';
import type { AppContext } from '../../context.ts';
import type { ChannelUpdateRecord } from '../../store/chat-channels.ts';
import { processTelegramUpdate } from '../telegram/telegram-update.ts';
import { processWhatsappUpdate } from '../whatsapp/whatsapp-update.ts';

/** Turns one stored update into what the domain takes, and hands it over. */
export type UpdateProcessor = (ctx: AppContext, update: ChannelUpdateRecord) => Promise<void>;

/** An update still `received` this long after it came is taken as stalled (its node stopped) and processed again. */
export const STALLED_AFTER_MS = 60_000;

const processors: Record<ChatChannel, UpdateProcessor> = {
  telegram: processTelegramUpdate,
  whatsapp: processWhatsappUpdate,
};

/** Processes a stored update once, recording the outcome; a failure is logged with the update, not thrown. */
export async function processUpdate(ctx: AppContext, update: ChannelUpdateRecord): Promise<void> {
  try {
    await processors[update.channel](ctx, update);
    await ctx.store.channelUpdates.finish(update.id, ctx.clock.now());
  } catch (error) {
    ctx.logger.error({ err: error, channel: update.channel, update: update.externalId }, 'chat app update failed');
    await ctx.store.channelUpdates.finish(update.id, ctx.clock.now(), String((error as Error)?.message ?? error));
  }
}

/**
 * Stores the update under its unique (channel, external id) and processes it after the caller has answered:
 * a webhook answers 200 at once, and a retried one finds it stored and changes nothing. False for a repeat.
 */
export async function acceptUpdate(
  ctx: AppContext,
  update: { channel: ChatChannel; externalId: string; office: string; payload: unknown },
  when: 'later' | 'now' = 'later',
): Promise<boolean> {
  const stored = await ctx.store.channelUpdates.store({ ...update, receivedAt: ctx.clock.now() });
  if (!stored) return false;
  if (when === 'now') await processUpdate(ctx, stored);
  else inOrder(ctx, `${update.channel}:${update.office}`, () => processUpdate(ctx, stored));
  return true;
}

/**
 * Per office and channel, this node's updates one after another in the order they came (after the webhook's
 * answer): a sender's quick answers to the guest book never race each other here.
 */
const chains = new Map<string, Promise<void>>();

function inOrder(ctx: AppContext, key: string, work: () => Promise<void>): void {
  const next = (chains.get(key) ?? Promise.resolve())
    .then(work)
    // Recording the outcome can fail too (the database went away): the stalled-update job retries it.
    .catch((error) => ctx.logger.error({ err: error }, 'recording a chat app update failed'));
  chains.set(key, next);
  void next.then(() => {
    if (chains.get(key) === next) chains.delete(key);
  });
}

/** Processes updates whose node stopped between storing and processing them (a job, once across nodes). */
export async function processStalledUpdates(ctx: AppContext): Promise<void> {
  const before = new Date(ctx.clock.now().getTime() - STALLED_AFTER_MS);
  for (const update of await ctx.store.channelUpdates.stalled(before)) await processUpdate(ctx, update);
}
