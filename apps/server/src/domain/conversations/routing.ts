import { AppError } from '../../errors.ts';
import type { Actor, ConversationRecord, Id, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { calendarOf, findOffice } from '../offices/office-status.ts';
import { isOpen } from '../offices/service-hours.ts';
import { isAvailable, type OfficerLoad, officeLoad } from '../presence/presence.service.ts';
import { announcePresence, announceQueue } from './announce.ts';
import { inOfficeTurn } from './office-turns.ts';
import { claimSlot, dropClaim, releaseSlot } from './officer-slots.ts';
import { postSystemMessage } from './system-messages.ts';

/**
 * Officers of the office who can take a chat now: chose `online`, have a
 * connected tab, and are below the office's limit of concurrent chats.
 */
export async function candidates(ctx: DomainContext, office: OfficeRecord): Promise<OfficerLoad[]> {
  return (await officeLoad(ctx, office)).filter(
    (officer) => isAvailable(officer) && officer.activeChats < officer.maxChats,
  );
}

/** Fewest active chats first; ties go to the one idle longest. */
export function pickOfficer(pool: OfficerLoad[]): OfficerLoad | undefined {
  return [...pool].sort(
    (a, b) => a.activeChats - b.activeChats || a.lastAssignedAt.getTime() - b.lastAssignedAt.getTime(),
  )[0];
}

/** What an assignment came to: the conversation, or why not. */
type Assignment = ConversationRecord | 'taken' | 'full';

/**
 * Gives a conversation to an officer, exclusively on any node: first one of
 * the officer's places (so two nodes cannot both give them their last one),
 * then the store's transition (so two officers cannot both get the chat).
 * `taken`: somebody else changed the conversation first; `full`: the officer
 * has no free place. A place taken for nothing is given back.
 */
async function assign(
  ctx: DomainContext,
  conversation: ConversationRecord,
  officer: OfficerLoad,
  by: Actor,
  reason: 'assigned' | 'accepted' | 'transferred',
): Promise<Assignment> {
  const claim = await claimSlot(ctx, officer.id, conversation.id, officer.maxChats);
  if (!claim) return 'full';
  const now = ctx.clock.now();
  const assigned = await ctx.store.conversations
    .transitionIfStill(conversation, {
      expect: reason === 'transferred' ? ['active'] : ['queued'],
      to: 'active',
      reason,
      by,
      at: now,
      set: { officer: officer.id, officerName: officer.name, assignedAt: now, queuePriority: 0 },
      unset: ['queuedAt'],
    })
    .catch(async (error: unknown) => {
      await dropClaim(ctx, claim);
      throw error;
    });
  if (!assigned) {
    await dropClaim(ctx, claim);
    return 'taken';
  }
  if (conversation.officer) await releaseSlot(ctx, conversation.officer, conversation.id);
  await ctx.store.officers.setLastAssigned(officer.id, now);
  const event = reason === 'transferred' ? 'transferred' : 'assigned';
  const withMessage = await postSystemMessage(ctx, assigned, event, { officerName: officer.name });
  ctx.events.emit({ type: 'conversation.changed', conversation: withMessage });
  return withMessage;
}

/** Offers a queued conversation to the pool's officers, best first, until one has a place; false if none has. */
async function assignFromPool(ctx: DomainContext, conversation: ConversationRecord, pool: OfficerLoad[]) {
  let rest = pool;
  for (let officer = pickOfficer(rest); officer; officer = pickOfficer(rest)) {
    if ((await assign(ctx, conversation, officer, { kind: 'system' }, 'assigned')) !== 'full') return true;
    const full = officer.id;
    rest = rest.filter((other) => other.id !== full);
  }
  return false;
}

/**
 * Assigns queued conversations first-in first-out while the office is open,
 * routes automatically and has officers with room. Then tells everyone the
 * queue. Called when capacity may have freed or the queue grew. One drain per
 * office at a time on this node; transitions keep nodes apart.
 */
export function drainQueue(ctx: DomainContext, officeCode: string): Promise<void> {
  return inOfficeTurn(ctx, officeCode, () => drainOnce(ctx, officeCode));
}

/** Reads the office once; each assignment re-reads who has room. */
async function drainOnce(ctx: DomainContext, officeCode: string): Promise<void> {
  const office = await findOffice(ctx, officeCode);
  if (office.routingMode === 'auto' && isOpen(calendarOf(office), ctx.clock.now())) {
    for (const conversation of await ctx.store.conversations.queued(officeCode)) {
      if (!(await assignFromPool(ctx, conversation, await candidates(ctx, office)))) break;
    }
  }
  announceQueue(ctx, officeCode);
  await announcePresence(ctx, office);
}

/** Manual routing: an officer takes a queued conversation; exactly one of several wins. */
export async function acceptConversation(
  ctx: DomainContext,
  conversation: ConversationRecord,
  officer: { id: Id; name: string },
): Promise<ConversationRecord> {
  if (conversation.status !== 'queued') throw new AppError('ALREADY_TAKEN');
  const office = await findOffice(ctx, conversation.office);
  const self = (await candidates(ctx, office)).find((candidate) => candidate.id === officer.id);
  if (!self) throw new AppError('OFFICER_UNAVAILABLE');
  const won = await assign(ctx, conversation, self, { kind: 'officer', id: officer.id }, 'accepted');
  if (won === 'full') throw new AppError('OFFICER_UNAVAILABLE');
  if (won === 'taken') throw new AppError('ALREADY_TAKEN');
  announceQueue(ctx, conversation.office);
  await announcePresence(ctx, office);
  return won;
}

/** Hands an active conversation to another online officer of the same office with room. */
export async function transferConversation(
  ctx: DomainContext,
  conversation: ConversationRecord,
  target: Id,
  by: Actor,
): Promise<ConversationRecord> {
  if (conversation.status !== 'active')
    throw new AppError('CONFLICT', 'Only an active conversation can be transferred.');
  if (conversation.officer === target) throw new AppError('CONFLICT', 'That officer already has it.');
  const office = await findOffice(ctx, conversation.office);
  const officer = (await candidates(ctx, office)).find((candidate) => candidate.id === target);
  if (!officer) throw new AppError('OFFICER_UNAVAILABLE');
  const won = await assign(ctx, conversation, officer, by, 'transferred');
  if (won === 'full') throw new AppError('OFFICER_UNAVAILABLE');
  if (won === 'taken') throw new AppError('CONFLICT');
  await drainQueue(ctx, conversation.office);
  return won;
}

/**
 * Puts an officer's active conversations back at the front of the queue (the
 * officer's tabs have all been gone past the grace period) and tells the visitors.
 */
export async function requeueOfficerChats(ctx: DomainContext, officerId: Id): Promise<void> {
  const offices = new Set<string>();
  const now = ctx.clock.now();
  for (const conversation of await ctx.store.conversations.activeOf(officerId)) {
    const requeued = await ctx.store.conversations.transitionIfStill(conversation, {
      expect: ['active'],
      to: 'queued',
      reason: 'officer_disconnected',
      by: { kind: 'system' },
      at: now,
      set: { queuedAt: now, queuePriority: 1 },
      unset: ['officer', 'officerName'],
    });
    // Closed or transferred meanwhile: nothing to put back.
    if (!requeued) continue;
    await releaseSlot(ctx, officerId, conversation.id);
    await postSystemMessage(ctx, requeued, 'requeued');
    offices.add(conversation.office);
  }
  for (const office of offices) await drainQueue(ctx, office);
}
