import type { ConversationRecord, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { officeStatus } from '../offices/office-status.ts';
import { officePresence } from '../presence/presence.service.ts';
import { inOfficeTurn } from './office-turns.ts';

/** 1-based place of a conversation in its office's queue. */
export async function queuePosition(ctx: DomainContext, record: ConversationRecord): Promise<number | undefined> {
  if (record.status !== 'queued') return undefined;
  const index = (await ctx.store.conversations.queued(record.office)).findIndex((queued) => queued.id === record.id);
  return index >= 0 ? index + 1 : undefined;
}

/** Per app and office: whether the queue changed again since the last update went out. */
const announcing = new WeakMap<DomainContext, Map<string, { again: boolean; sent: Promise<void> }>>();

/**
 * Tells everyone the office's queue changed (officers see it whole, each
 * queued visitor their place), at most once per `queueAnnounceIntervalMs`:
 * the first change goes out at once, later ones in the interval become one
 * update at its end, read then. Each update sends the whole queue to every
 * officer, so one per change would make a burst of starts quadratic. Returns
 * at once: nobody waits for the announcement, which reads the queue in the
 * office's turn, between drains, so it never sends a half-assigned queue.
 */
export function announceQueue(ctx: DomainContext, office: string): void {
  const offices = announcing.get(ctx) ?? new Map();
  announcing.set(ctx, offices);
  const pending = offices.get(office);
  if (pending) {
    pending.again = true;
    return;
  }
  const window = { again: false, sent: sendQueue(ctx, office) };
  offices.set(office, window);
  setTimeout(() => {
    // The next update waits for this one, so updates arrive in order.
    window.sent.then(() => {
      offices.delete(office);
      if (window.again) announceQueue(ctx, office);
    });
  }, ctx.settings.queueAnnounceIntervalMs).unref();
}

function sendQueue(ctx: DomainContext, office: string): Promise<void> {
  return inOfficeTurn(ctx, office, async () => {
    ctx.events.emit({ type: 'queue.changed', office, queue: await ctx.store.conversations.queued(office) });
  }).catch((error: unknown) => ctx.logger.warn({ err: error, office }, 'announcing the queue failed'));
}

/** Tells everyone the office's officers' presence and load, and whether a live chat is possible now. */
export async function announcePresence(ctx: DomainContext, office: OfficeRecord): Promise<void> {
  const [officers, status] = await Promise.all([officePresence(ctx, office), officeStatus(ctx, office)]);
  ctx.events.emit({ type: 'presence.changed', office: office.code, officers, status });
}
