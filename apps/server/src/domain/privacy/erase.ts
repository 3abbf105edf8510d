import type { ExpiringConversation } from '@pst/protocol';
import type { Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { findOffice } from '../offices/office-status.ts';

/** Files sent in the conversations are deleted outright: a file cannot be anonymised. */
async function removeFiles(ctx: DomainContext, conversations: Id[]): Promise<number> {
  let removed = 0;
  for (const id of conversations) removed += await ctx.store.files.removeOfConversation(id);
  return removed;
}

/**
 * Erases a visitor by anonymisation: their guest book, the texts of their conversations, notes, comments and
 * mails are replaced, their files deleted, their token revoked; counts, times, scores, purpose and topic stay, so reports do not
 * change. The erasure record names ids and counts, never what was erased.
 */
export async function eraseVisitor(
  ctx: DomainContext,
  visitorId: Id,
  why: { reason: 'request' | 'retention'; request?: Id; by: { kind: 'officer' | 'system'; id?: Id } },
): Promise<Record<string, number>> {
  const visitor = await ctx.store.visitors.byId(visitorId);
  if (!visitor) return {};
  const conversations = await ctx.store.privacy.conversationsOf(visitorId);
  const at = ctx.clock.now();
  const counts = await ctx.store.privacy.anonymise(visitorId, conversations, true, at);
  counts.files = await removeFiles(ctx, conversations);
  counts.chatContacts = await ctx.store.channelContacts.removeOfVisitor(visitorId);
  await ctx.store.privacy.recordErasure({
    office: visitor.office,
    visitor: visitorId,
    reason: why.reason,
    ...(why.request ? { request: why.request } : {}),
    by: why.by,
    conversations,
    counts,
    at,
  });
  ctx.logger.info({ office: visitor.office, visitor: visitorId, reason: why.reason }, 'visitor data erased');
  return counts;
}

/** How many expired conversations one retention run anonymises per office, so a run stays short. */
const RETENTION_BATCH = 200;

/**
 * Anonymises closed conversations older than their office's retention; a visitor with nothing kept any more
 * is erased whole. Run once across nodes by the jobs; safe to run twice (what is done is skipped).
 */
export async function applyRetention(ctx: DomainContext): Promise<number> {
  let done = 0;
  const now = ctx.clock.now();
  for (const office of await ctx.store.offices.all()) {
    const cutoff = new Date(now.getTime() - (office.retentionDays ?? 730) * 86_400_000);
    const expired = await ctx.store.privacy.expired(office.code, cutoff, RETENTION_BATCH);
    const byVisitor = new Map<Id, Id[]>();
    for (const { id, visitor } of expired) byVisitor.set(visitor, [...(byVisitor.get(visitor) ?? []), id]);
    for (const [visitor, conversations] of byVisitor) {
      await ctx.store.privacy.anonymise(visitor, conversations, false, now);
      await removeFiles(ctx, conversations);
      if (!(await ctx.store.privacy.visitorHasKept(visitor))) {
        await eraseVisitor(ctx, visitor, { reason: 'retention', by: { kind: 'system' } });
      }
      done += conversations.length;
    }
  }
  await ctx.store.privacy.deleteExpiredAccessLog(now);
  return done;
}

/** The closed conversations retention will anonymise next at the office, and when (for supervisors to see). */
export async function expiringNext(ctx: DomainContext, officeCode: string): Promise<ExpiringConversation[]> {
  const office = await findOffice(ctx, officeCode);
  const keepMs = (office.retentionDays ?? 730) * 86_400_000;
  return (await ctx.store.privacy.nextToExpire(officeCode)).map(({ id, closedAt }) => ({
    conversationId: id,
    closedAt: closedAt.toISOString(),
    expiresAt: new Date(closedAt.getTime() + keepMs).toISOString(),
  }));
}
