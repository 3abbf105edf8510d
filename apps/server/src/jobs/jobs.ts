import type { AppContext } from '../context.ts';
import { deleteExpiredLoginAttempts } from '../domain/auth/login-throttle.ts';
import { deleteExpiredSessions } from '../domain/auth/sessions.ts';
import { closeInactiveConversations } from '../domain/conversations/lifecycle.ts';
import { drainQueue, requeueOfficerChats } from '../domain/conversations/routing.ts';
import { moveGoneVisitorsOffline } from '../domain/conversations/visitor-gone.ts';
import { warnBeforeAutoClose } from '../domain/deadlines/auto-close-warning.ts';
import { sendDeadlineReminders } from '../domain/deadlines/reminders.ts';
import { deleteOldSockets, goneOfficers, heartbeat } from '../domain/presence/presence.service.ts';
import { deleteOldVisitorSockets, visitorHeartbeat } from '../domain/presence/visitor-presence.ts';
import { applyRetention } from '../domain/privacy/erase.ts';
import { deleteExpiredVisitorQuotas } from '../domain/visitors/visitor-quotas.ts';
import { pollTelegramBots } from './chat-channels.ts';
import { pollDueMailboxes, sendDueMails } from './mail.ts';

/** How often Telegram bots in polling mode are asked for updates (what a sender waits at most, roughly). */
export const CHAT_CHANNEL_JOB_INTERVAL_MS = 3_000;

/** How long chat-app updates are kept (their ids keep a retried webhook out; failed ones can be looked at). */
export const CHANNEL_UPDATE_KEEP_MS = 7 * 86_400_000;

/** How often the background jobs run. */
export const JOB_INTERVAL_MS = 10_000;

/** How often deadline reminders are looked for: they are due at a minute's precision, and each run reads only the open chats that can be due. */
export const DEADLINE_JOB_INTERVAL_MS = 60_000;

/** How often expired transcripts and guest books are anonymised: retention is counted in days. */
export const RETENTION_JOB_INTERVAL_MS = 3_600_000;

/**
 * Runs `job` at most once per time slot (of `slotMs`) across all nodes: the node whose
 * insert of (job, slot) succeeds runs it; the others skip.
 */
async function onceAcrossNodes(
  ctx: AppContext,
  job: string,
  run: () => Promise<void>,
  slotMs = JOB_INTERVAL_MS,
): Promise<boolean> {
  const now = ctx.clock.now().getTime();
  const slot = Math.floor(now / slotMs);
  if (!(await ctx.store.jobRuns.claim(job, slot, ctx.nodeId, new Date(now + 86_400_000)))) return false;
  await run();
  return true;
}

/** Officers whose tabs have all been gone past the grace period get their chats put back in the queue. */
async function requeueGoneOfficers(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  // One query for who is connected, over every officer with active chats; the last tab only of the others.
  const gone = await goneOfficers(ctx, await ctx.store.conversations.officersWithActive());
  for (const [officerId, since] of gone) {
    if (now - since.getTime() >= ctx.settings.officerGraceMs) await requeueOfficerChats(ctx, officerId);
  }
}

/** Offices with waiting chats get routed: the desk may have just opened. */
async function drainWaitingOffices(ctx: AppContext): Promise<void> {
  for (const code of await ctx.store.conversations.officesWithQueued()) await drainQueue(ctx, code);
}

/** One tick of every background job. The heartbeat runs on every node; the rest once across nodes. */
export async function runJobs(ctx: AppContext): Promise<void> {
  await heartbeat(ctx, [...ctx.realtime.agent.sockets.keys()]);
  await visitorHeartbeat(ctx, [...ctx.realtime.visitor.sockets.keys()]);
  await onceAcrossNodes(ctx, 'conversations', async () => {
    await requeueGoneOfficers(ctx);
    await moveGoneVisitorsOffline(ctx);
    await warnBeforeAutoClose(ctx);
    await closeInactiveConversations(ctx);
    await drainWaitingOffices(ctx);
  });
  await onceAcrossNodes(
    ctx,
    'deadlines',
    async () => {
      await sendDeadlineReminders(ctx);
    },
    DEADLINE_JOB_INTERVAL_MS,
  );
  await onceAcrossNodes(ctx, 'retention', () => applyRetention(ctx).then(() => {}), RETENTION_JOB_INTERVAL_MS);
  await onceAcrossNodes(ctx, 'cleanup', async () => {
    await deleteOldSockets(ctx);
    await deleteOldVisitorSockets(ctx);
    await deleteExpiredSessions(ctx);
    await deleteExpiredLoginAttempts(ctx);
    await deleteExpiredVisitorQuotas(ctx);
    await ctx.store.jobRuns.deleteExpired(ctx.clock.now());
    await ctx.store.channelUpdates.deleteReceivedBefore(new Date(ctx.clock.now().getTime() - CHANNEL_UPDATE_KEEP_MS));
  });
}

/** One tick of the mail jobs, once across nodes: send what is due, read the mailboxes whose turn it is. */
export async function runMailJobs(ctx: AppContext): Promise<void> {
  await onceAcrossNodes(ctx, 'mail', async () => {
    await sendDueMails(ctx);
    await pollDueMailboxes(ctx);
  });
}

/**
 * One tick of the chat-app jobs, once across nodes: poll the Telegram bots without a webhook, and process
 * updates whose node stopped before processing them.
 */
export async function runChatChannelJobs(ctx: AppContext): Promise<void> {
  await onceAcrossNodes(ctx, 'chat-channels', () => pollTelegramBots(ctx), CHAT_CHANNEL_JOB_INTERVAL_MS);
}

/** Runs `tick` every interval, never two at once; a failed tick is logged and the next one tries again. */
function every(ctx: AppContext, name: string, intervalMs: number, tick: () => Promise<void>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error) => ctx.logger.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs the jobs until stopped. Mail has its own timer: a slow mail server never holds up the chats' jobs. */
export function startJobTimer(ctx: AppContext, intervalMs = JOB_INTERVAL_MS): () => void {
  const stops = [
    every(ctx, 'background jobs', intervalMs, () => runJobs(ctx)),
    every(ctx, 'mail jobs', intervalMs, () => runMailJobs(ctx)),
    every(ctx, 'chat channel jobs', CHAT_CHANNEL_JOB_INTERVAL_MS, () => runChatChannelJobs(ctx)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
