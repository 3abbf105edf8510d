import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import type { Id } from './records.ts';

/** Visitors' widget sockets per node: the only code that reads or writes them (mirrors presence.ts). */
export function visitorPresenceStore({ VisitorSocket }: Models) {
  return {
    async connected(visitor: Id, socketId: string, node: string, at: Date): Promise<void> {
      try {
        await VisitorSocket.create({ visitor, socketId, node, connectedAt: at, seenAt: at, goneAt: null });
      } catch (error) {
        // Recorded already for this socket and visitor.
        if (!isDuplicateKey(error)) throw error;
      }
    },
    async disconnected(socketId: string, at: Date): Promise<void> {
      await VisitorSocket.updateMany({ socketId, goneAt: null }, { $set: { goneAt: at } });
    },
    /** Refreshes this node's live sockets, closes its others, and closes sockets not refreshed since `staleBefore`. */
    async heartbeat(node: string, live: string[], seenAt: Date, staleBefore: Date, goneAt: Date): Promise<void> {
      await VisitorSocket.updateMany({ node, socketId: { $in: live } }, { $set: { seenAt } });
      await VisitorSocket.updateMany({ node, goneAt: null, socketId: { $nin: live } }, { $set: { goneAt } });
      await VisitorSocket.updateMany({ goneAt: null, seenAt: { $lt: staleBefore } }, { $set: { goneAt } });
    },
    /** Visitors (of those given) with a socket open and seen since `since`. */
    async liveVisitors(visitors: Id[], since: Date): Promise<Set<Id>> {
      if (visitors.length === 0) return new Set();
      const live = await VisitorSocket.find({ visitor: { $in: visitors }, goneAt: null, seenAt: { $gte: since } })
        .select('visitor')
        .lean();
      return new Set(live.map((socket) => String(socket.visitor)));
    },
    /** When the visitor's most recent socket went away; undefined when they never had one. */
    async lastGone(visitor: Id): Promise<Date | undefined> {
      const last = await VisitorSocket.findOne({ visitor }).sort({ goneAt: -1 }).lean();
      return last?.goneAt ?? undefined;
    },
    async deleteGoneBefore(before: Date): Promise<void> {
      await VisitorSocket.deleteMany({ goneAt: { $lt: before } });
    },
  };
}

export type VisitorPresenceStore = ReturnType<typeof visitorPresenceStore>;
