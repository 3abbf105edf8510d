import type { Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { liveSince, wallNow } from './liveness.ts';

/**
 * Whether a visitor still has the widget open, on any node: like officers'
 * tabs (presence.service.ts), each known visitor's socket is a record its
 * node refreshes. Queue positions and the ghost-queue check read it.
 */
export async function visitorSocketConnected(ctx: DomainContext, visitorId: Id, socketId: string): Promise<void> {
  await ctx.store.visitorPresence.connected(visitorId, socketId, ctx.nodeId, wallNow());
}

export async function visitorSocketDisconnected(ctx: DomainContext, socketId: string): Promise<void> {
  await ctx.store.visitorPresence.disconnected(socketId, ctx.clock.now());
}

/** Keeps this node's visitor sockets (`live`) alive and closes the records of sockets gone unnoticed. */
export async function visitorHeartbeat(ctx: DomainContext, live: string[]): Promise<void> {
  await ctx.store.visitorPresence.heartbeat(ctx.nodeId, live, wallNow(), liveSince(), ctx.clock.now());
}

/** Visitors (of those given) with a live widget socket. */
export function connectedVisitorIds(ctx: DomainContext, visitorIds: Id[]): Promise<Set<Id>> {
  return ctx.store.visitorPresence.liveVisitors(visitorIds, liveSince());
}

/** When the visitor's last socket went away; undefined when they never had one recorded. */
export function visitorLastGone(ctx: DomainContext, visitorId: Id): Promise<Date | undefined> {
  return ctx.store.visitorPresence.lastGone(visitorId);
}

/** Deletes visitor socket records gone for more than a day. */
export async function deleteOldVisitorSockets(ctx: DomainContext): Promise<void> {
  await ctx.store.visitorPresence.deleteGoneBefore(new Date(ctx.clock.now().getTime() - 86_400_000));
}
