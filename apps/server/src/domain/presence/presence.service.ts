import type { OfficerPresence } from '@pst/protocol';
import type { Id, OfficeRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { liveSince, wallNow } from './liveness.ts';

export async function socketConnected(ctx: DomainContext, officerId: Id, socketId: string): Promise<void> {
  await ctx.store.presence.connected(officerId, socketId, ctx.nodeId, wallNow());
}

export async function socketDisconnected(ctx: DomainContext, socketId: string): Promise<void> {
  await ctx.store.presence.disconnected(socketId, ctx.clock.now());
}

/**
 * Keeps this node's connected sockets (`live`) alive, closes records of sockets
 * this node no longer has (a disconnect that raced its connect), and marks
 * sockets of nodes that stopped refreshing as gone.
 */
export async function heartbeat(ctx: DomainContext, live: string[]): Promise<void> {
  await ctx.store.presence.heartbeat(ctx.nodeId, live, wallNow(), liveSince(), ctx.clock.now());
}

/** Officers (of those given) with at least one live agent tab. */
export function connectedOfficerIds(ctx: DomainContext, officerIds: Id[]): Promise<Set<Id>> {
  return ctx.store.presence.liveOfficers(officerIds, liveSince());
}

/**
 * When the officer's last tab went away, or undefined while one is connected.
 * An officer with no socket record at all has been gone since forever.
 */
export async function goneSince(ctx: DomainContext, officerId: Id): Promise<Date | undefined> {
  if ((await connectedOfficerIds(ctx, [officerId])).size > 0) return undefined;
  return (await ctx.store.presence.lastGone(officerId)) ?? new Date(0);
}

/** Of the officers given, those with no live tab, each with when their last tab went away. */
export async function goneOfficers(ctx: DomainContext, officerIds: Id[]): Promise<Map<Id, Date>> {
  const connected = await connectedOfficerIds(ctx, officerIds);
  const gone = new Map<Id, Date>();
  for (const id of officerIds.filter((officer) => !connected.has(officer))) {
    gone.set(id, (await ctx.store.presence.lastGone(id)) ?? new Date(0));
  }
  return gone;
}

/** An officer of an office as routing sees them: presence, load, and when they last got a chat. */
export interface OfficerLoad extends OfficerPresence {
  lastAssignedAt: Date;
}

/**
 * Every enabled officer of an office with their chosen status, connection and
 * load: the one place that answers "who is online, connected and how busy".
 */
export async function officeLoad(ctx: DomainContext, office: OfficeRecord): Promise<OfficerLoad[]> {
  const [officers, load] = await Promise.all([
    ctx.store.officers.list({ office: office.code, enabled: true }),
    ctx.store.conversations.activeLoad(office.code),
  ]);
  const connected = await connectedOfficerIds(
    ctx,
    officers.map((officer) => officer.id),
  );
  return officers.map((officer) => ({
    id: officer.id,
    name: officer.name,
    role: officer.role,
    status: officer.status,
    connected: connected.has(officer.id),
    activeChats: load.get(officer.id) ?? 0,
    maxChats: office.maxChatsPerOfficer,
    lastAssignedAt: officer.lastAssignedAt,
  }));
}

/** Officers who chose online and have a tab connected: a live chat is possible with them. */
export const isAvailable = (officer: OfficerPresence) => officer.status === 'online' && officer.connected;

/** What colleagues see of each other (no routing internals). */
export async function officePresence(ctx: DomainContext, office: OfficeRecord): Promise<OfficerPresence[]> {
  return (await officeLoad(ctx, office)).map(({ lastAssignedAt: _, ...presence }) => presence);
}

/** Deletes socket records gone for more than a day. */
export async function deleteOldSockets(ctx: DomainContext): Promise<void> {
  await ctx.store.presence.deleteGoneBefore(new Date(ctx.clock.now().getTime() - 86_400_000));
}
