import type { Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/**
 * A claim younger than this may belong to an assignment still in flight
 * (claimed, transition not yet stored); only older claims are re-validated.
 */
const IN_FLIGHT_MS = 30_000;

/**
 * Takes one of the officer's `maxChats` places for the conversation,
 * exclusively across nodes (a unique insert per place). Returns the claim's
 * id, or undefined when every place is held by a chat still theirs.
 */
export async function claimSlot(
  ctx: DomainContext,
  officerId: Id,
  conversationId: Id,
  maxChats: number,
): Promise<Id | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const taken = new Set((await ctx.store.officerSlots.held(officerId)).map((slot) => slot.slotNo));
    for (let slotNo = 1; slotNo <= maxChats; slotNo++) {
      if (taken.has(slotNo)) continue;
      const claim = await ctx.store.officerSlots.claim(officerId, slotNo, conversationId, ctx.clock.now());
      if (claim) return claim;
    }
    if (!(await dropStaleClaims(ctx, officerId))) return undefined;
  }
  return undefined;
}

/**
 * Frees places whose claim outlived its purpose: a node that crashed between
 * claim and assignment, or a release that never ran. A claim is valid while
 * its conversation is active with this officer (one claim per conversation).
 */
async function dropStaleClaims(ctx: DomainContext, officerId: Id): Promise<boolean> {
  const settled = ctx.clock.now().getTime() - IN_FLIGHT_MS;
  const kept = new Set<Id>();
  let dropped = false;
  for (const slot of await ctx.store.officerSlots.held(officerId)) {
    if (slot.claimedAt.getTime() > settled) continue;
    const conversation = await ctx.store.conversations.byId(slot.conversation);
    const valid = conversation?.status === 'active' && conversation.officer === officerId;
    if (valid && !kept.has(slot.conversation)) {
      kept.add(slot.conversation);
      continue;
    }
    await ctx.store.officerSlots.drop(slot.id);
    dropped = true;
  }
  return dropped;
}

/** The claim of an assignment that did not happen. */
export async function dropClaim(ctx: DomainContext, claimId: Id): Promise<void> {
  await ctx.store.officerSlots.drop(claimId);
}

/** The conversation left the officer (closed, transferred, requeued): their place is free. */
export async function releaseSlot(ctx: DomainContext, officerId: Id, conversationId: Id): Promise<void> {
  await ctx.store.officerSlots.release(officerId, conversationId);
}
