import type { ConversationRecord, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { officeStatus } from '../offices/office-status.ts';
import { officePresence } from '../presence/presence.service.ts';

/** 1-based place of a conversation in its office's queue. */
export async function queuePosition(ctx: DomainContext, record: ConversationRecord): Promise<number | undefined> {
  if (record.status !== 'queued') return undefined;
  const index = (await ctx.store.conversations.queued(record.office)).findIndex((queued) => queued.id === record.id);
  return index >= 0 ? index + 1 : undefined;
}

/** Tells everyone the office's queue changed (officers see it whole, each queued visitor their place). */
export async function announceQueue(ctx: DomainContext, office: string): Promise<void> {
  ctx.events.emit({ type: 'queue.changed', office, queue: await ctx.store.conversations.queued(office) });
}

/** Tells everyone the office's officers' presence and load, and whether a live chat is possible now. */
export async function announcePresence(ctx: DomainContext, office: OfficeRecord): Promise<void> {
  const [officers, status] = await Promise.all([officePresence(ctx, office), officeStatus(ctx, office)]);
  ctx.events.emit({ type: 'presence.changed', office: office.code, officers, status });
}
