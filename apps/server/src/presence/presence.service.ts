import type { OfficerPresence } from '@pst/protocol';
import type { Types } from 'mongoose';
import type { AppContext } from '../context.ts';

/** A node refreshes its sockets this often; a socket not refreshed for 3 periods belongs to a dead node. */
export const HEARTBEAT_MS = 15_000;
const STALE_MS = 3 * HEARTBEAT_MS;

// Liveness of a node is infrastructure, not domain time: it uses the wall clock,
// so tests that move the domain clock do not make live sockets look dead.
const wallNow = () => new Date();

export async function socketConnected(ctx: AppContext, officerId: Types.ObjectId, socketId: string): Promise<void> {
  const now = wallNow();
  await ctx.models.AgentSocket.create({
    officer: officerId,
    socketId,
    node: ctx.nodeId,
    connectedAt: now,
    seenAt: now,
    goneAt: null,
  });
}

export async function socketDisconnected(ctx: AppContext, socketId: string): Promise<void> {
  await ctx.models.AgentSocket.updateOne({ socketId }, { $set: { goneAt: ctx.clock.now() } });
}

/**
 * Keeps this node's connected sockets alive, closes records of sockets this
 * node no longer has (a disconnect that raced its connect), and marks sockets
 * of nodes that stopped refreshing as gone.
 */
export async function heartbeat(ctx: AppContext): Promise<void> {
  const now = wallNow();
  const live = [...ctx.realtime.agent.sockets.keys()];
  await ctx.models.AgentSocket.updateMany({ node: ctx.nodeId, socketId: { $in: live } }, { $set: { seenAt: now } });
  await ctx.models.AgentSocket.updateMany(
    { node: ctx.nodeId, goneAt: null, socketId: { $nin: live } },
    { $set: { goneAt: ctx.clock.now() } },
  );
  await ctx.models.AgentSocket.updateMany(
    { goneAt: null, seenAt: { $lt: new Date(now.getTime() - STALE_MS) } },
    { $set: { goneAt: ctx.clock.now() } },
  );
}

/** Officers (of those given) with at least one live agent tab. */
export async function connectedOfficerIds(ctx: AppContext, officerIds: Types.ObjectId[]): Promise<Set<string>> {
  if (officerIds.length === 0) return new Set();
  const live = await ctx.models.AgentSocket.find({
    officer: { $in: officerIds },
    goneAt: null,
    seenAt: { $gte: new Date(wallNow().getTime() - STALE_MS) },
  }).select('officer');
  return new Set(live.map((socket) => String(socket.officer)));
}

/**
 * When the officer's last tab went away, or undefined while one is connected.
 * An officer with no socket record at all has been gone since forever.
 */
export async function goneSince(ctx: AppContext, officerId: Types.ObjectId): Promise<Date | undefined> {
  if ((await connectedOfficerIds(ctx, [officerId])).size > 0) return undefined;
  const last = await ctx.models.AgentSocket.findOne({ officer: officerId }).sort({ goneAt: -1 });
  return last?.goneAt ?? new Date(0);
}

/** Every officer of an office with their chosen status, connection and load. */
export async function officePresence(ctx: AppContext, officeCode: string): Promise<OfficerPresence[]> {
  const [officers, office, active] = await Promise.all([
    ctx.models.Officer.find({ offices: officeCode, disabled: false }).sort({ name: 1 }),
    ctx.models.Office.findOne({ code: officeCode }),
    ctx.models.Conversation.find({ office: officeCode, status: 'active' }).select('officer'),
  ]);
  const connected = await connectedOfficerIds(
    ctx,
    officers.map((officer) => officer._id),
  );
  const load = new Map<string, number>();
  for (const conversation of active) {
    const id = String(conversation.officer);
    load.set(id, (load.get(id) ?? 0) + 1);
  }
  return officers.map((officer) => ({
    id: String(officer._id),
    name: officer.name,
    role: officer.role as OfficerPresence['role'],
    status: officer.status as OfficerPresence['status'],
    connected: connected.has(String(officer._id)),
    activeChats: load.get(String(officer._id)) ?? 0,
    maxChats: office?.maxChatsPerOfficer ?? 5,
  }));
}

/** Deletes socket records gone for more than a day. */
export async function deleteOldSockets(ctx: AppContext): Promise<void> {
  await ctx.models.AgentSocket.deleteMany({ goneAt: { $lt: new Date(ctx.clock.now().getTime() - 86_400_000) } });
}
