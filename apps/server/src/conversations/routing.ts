import type { Types } from 'mongoose';
import type { AppContext } from '../context.ts';
import { isDuplicateKey } from '../db/models.ts';
import { AppError } from '../http/errors.ts';
import { calendarOf, findOffice } from '../offices/office-status.ts';
import { isOpen } from '../offices/service-hours.ts';
import { connectedOfficerIds } from '../presence/presence.service.ts';
import { type Actor, auditEntry } from './audit.ts';
import type { ConversationDoc } from './conversation.views.ts';
import {
  postSystemMessage,
  publishConversation,
  publishPresence,
  publishQueue,
  queuedConversations,
} from './publish.ts';

interface Candidate {
  id: Types.ObjectId;
  name: string;
  active: number;
  lastAssignedAt: Date;
}

/**
 * Officers of the office who can take a chat now: chose `online`, have a
 * connected tab, and are below the office's limit of concurrent chats.
 */
export async function candidates(ctx: AppContext, officeCode: string): Promise<Candidate[]> {
  const office = await findOffice(ctx, officeCode);
  const online = await ctx.models.Officer.find({ offices: officeCode, status: 'online', disabled: false });
  const connected = await connectedOfficerIds(
    ctx,
    online.map((officer) => officer._id),
  );
  const active = await ctx.models.Conversation.find({ office: officeCode, status: 'active' }).select('officer');
  const load = new Map<string, number>();
  for (const conversation of active)
    load.set(String(conversation.officer), (load.get(String(conversation.officer)) ?? 0) + 1);
  return online
    .filter((officer) => connected.has(String(officer._id)))
    .map((officer) => ({
      id: officer._id,
      name: officer.name,
      active: load.get(String(officer._id)) ?? 0,
      lastAssignedAt: officer.lastAssignedAt,
    }))
    .filter((candidate) => candidate.active < office.maxChatsPerOfficer);
}

/** Fewest active chats first; ties go to the one idle longest. */
export function pickOfficer(pool: Candidate[]): Candidate | undefined {
  return [...pool].sort((a, b) => a.active - b.active || a.lastAssignedAt.getTime() - b.lastAssignedAt.getTime())[0];
}

/**
 * Gives a conversation to an officer, exclusively: the claim insert on
 * (conversation, assignmentNo) succeeds for one caller only, on any node.
 * Returns false when somebody else claimed this assignment first.
 */
export async function claimConversation(
  ctx: AppContext,
  conversation: ConversationDoc,
  officer: { id: Types.ObjectId; name: string },
  by: Actor,
  reason: 'assigned' | 'accepted' | 'transferred',
): Promise<boolean> {
  const now = ctx.clock.now();
  const assignmentNo = conversation.assignmentNo + 1;
  try {
    await ctx.models.Claim.create({ conversation: conversation._id, assignmentNo, officer: officer.id, at: now });
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
  const from = conversation.status;
  conversation.set({
    status: 'active',
    officer: officer.id,
    officerName: officer.name,
    assignedAt: now,
    assignmentNo,
    queuedAt: undefined,
    queuePriority: 0,
  });
  conversation.audit.push(auditEntry(now, by, from, 'active', reason));
  await conversation.save();
  await ctx.models.Officer.updateOne({ _id: officer.id }, { $set: { lastAssignedAt: now } });
  await postSystemMessage(
    ctx,
    conversation,
    reason === 'transferred' ? 'transferred' : 'assigned',
    `Petugas ${officer.name} melayani Anda.`,
  );
  publishConversation(ctx, conversation);
  return true;
}

/** Per node, one drain per office at a time; claims keep nodes apart. */
const draining = new Map<string, Promise<void>>();

/**
 * Assigns queued conversations first-in first-out while the office is open,
 * routes automatically and has officers with room. Then tells everyone the
 * queue. Called when capacity may have freed or the queue grew.
 */
export function drainQueue(ctx: AppContext, officeCode: string): Promise<void> {
  const previous = draining.get(officeCode) ?? Promise.resolve();
  const run = previous.then(() => drainOnce(ctx, officeCode));
  const tail = run.catch(() => {});
  draining.set(officeCode, tail);
  tail.then(() => {
    if (draining.get(officeCode) === tail) draining.delete(officeCode);
  });
  return run;
}

async function drainOnce(ctx: AppContext, officeCode: string): Promise<void> {
  const office = await findOffice(ctx, officeCode);
  if (office.routingMode === 'auto' && isOpen(calendarOf(office), ctx.clock.now())) {
    for (const conversation of await queuedConversations(ctx, officeCode)) {
      const officer = pickOfficer(await candidates(ctx, officeCode));
      if (!officer) break;
      await claimConversation(ctx, conversation, officer, { kind: 'system' }, 'assigned');
    }
  }
  await publishQueue(ctx, officeCode);
  await publishPresence(ctx, officeCode);
}

/** Manual routing: an officer takes a queued conversation; exactly one of several wins. */
export async function acceptConversation(
  ctx: AppContext,
  conversation: ConversationDoc,
  officer: { id: Types.ObjectId; name: string },
): Promise<void> {
  if (conversation.status !== 'queued') throw new AppError('ALREADY_TAKEN');
  const pool = await candidates(ctx, conversation.office);
  if (!pool.some((candidate) => candidate.id.equals(officer.id))) throw new AppError('OFFICER_UNAVAILABLE');
  const won = await claimConversation(ctx, conversation, officer, { kind: 'officer', id: officer.id }, 'accepted');
  if (!won) throw new AppError('ALREADY_TAKEN');
  await publishQueue(ctx, conversation.office);
  await publishPresence(ctx, conversation.office);
}

/** Hands an active conversation to another online officer of the same office with room. */
export async function transferConversation(
  ctx: AppContext,
  conversation: ConversationDoc,
  target: Types.ObjectId,
  by: Actor,
): Promise<void> {
  if (conversation.status !== 'active')
    throw new AppError('CONFLICT', 'Only an active conversation can be transferred.');
  if (conversation.officer?.equals(target)) throw new AppError('CONFLICT', 'That officer already has it.');
  const officer = (await candidates(ctx, conversation.office)).find((candidate) => candidate.id.equals(target));
  if (!officer) throw new AppError('OFFICER_UNAVAILABLE');
  const won = await claimConversation(ctx, conversation, officer, by, 'transferred');
  if (!won) throw new AppError('CONFLICT');
  await drainQueue(ctx, conversation.office);
}

/**
 * Puts an officer's active conversations back at the front of the queue (the
 * officer's tabs have all been gone past the grace period) and tells the visitors.
 */
export async function requeueOfficerChats(ctx: AppContext, officerId: Types.ObjectId): Promise<void> {
  const offices = new Set<string>();
  const now = ctx.clock.now();
  for (const conversation of await ctx.models.Conversation.find({ officer: officerId, status: 'active' })) {
    conversation.set({ status: 'queued', officer: undefined, officerName: undefined, queuedAt: now, queuePriority: 1 });
    conversation.audit.push(auditEntry(now, { kind: 'system' }, 'active', 'queued', 'officer_disconnected'));
    await conversation.save();
    await postSystemMessage(
      ctx,
      conversation,
      'requeued',
      'Petugas terputus. Anda kembali di antrean terdepan dan akan segera dilayani petugas lain.',
    );
    offices.add(conversation.office);
  }
  for (const office of offices) await drainQueue(ctx, office);
}
