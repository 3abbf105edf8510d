import type { Models } from './models.ts';
import type { Id } from './records.ts';

/** Agent tabs (sockets) per officer and node: the only code that reads or writes them. */
export function presenceStore({ AgentSocket }: Models) {
  return {
    async connected(officer: Id, socketId: string, node: string, at: Date): Promise<void> {
      await AgentSocket.create({ officer, socketId, node, connectedAt: at, seenAt: at, goneAt: null });
    },
    async disconnected(socketId: string, at: Date): Promise<void> {
      await AgentSocket.updateOne({ socketId }, { $set: { goneAt: at } });
    },
    /** Refreshes this node's live sockets, closes its others, and closes sockets not refreshed since `staleBefore`. */
    async heartbeat(node: string, live: string[], seenAt: Date, staleBefore: Date, goneAt: Date): Promise<void> {
      await AgentSocket.updateMany({ node, socketId: { $in: live } }, { $set: { seenAt } });
      await AgentSocket.updateMany({ node, goneAt: null, socketId: { $nin: live } }, { $set: { goneAt } });
      await AgentSocket.updateMany({ goneAt: null, seenAt: { $lt: staleBefore } }, { $set: { goneAt } });
    },
    /** Officers (of those given) with a socket open and seen since `since`. */
    async liveOfficers(officers: Id[], since: Date): Promise<Set<Id>> {
      if (officers.length === 0) return new Set();
      const live = await AgentSocket.find({ officer: { $in: officers }, goneAt: null, seenAt: { $gte: since } })
        .select('officer')
        .lean();
      return new Set(live.map((socket) => String(socket.officer)));
    },
    /** When the officer's most recent socket went away; undefined when they never had one. */
    async lastGone(officer: Id): Promise<Date | undefined> {
      const last = await AgentSocket.findOne({ officer }).sort({ goneAt: -1 }).lean();
      return last ? (last.goneAt ?? undefined) : undefined;
    },
    async deleteGoneBefore(before: Date): Promise<void> {
      await AgentSocket.deleteMany({ goneAt: { $lt: before } });
    },
  };
}

export type PresenceStore = ReturnType<typeof presenceStore>;
