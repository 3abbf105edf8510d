import type { Models } from './models.ts';
import type { Id } from './records.ts';

/** Officers' sessions and failed sign-ins: the only code that reads or writes them. */
export function sessionStore({ Session, LoginFailure }: Models) {
  return {
    async create(id: string, officer: Id, createdAt: Date, expiresAt: Date): Promise<void> {
      await Session.create({ _id: id, officer, createdAt, expiresAt });
    },
    async byId(id: string): Promise<{ officer: Id; expiresAt: Date } | undefined> {
      const session = await Session.findById(id).lean();
      return session ? { officer: String(session.officer), expiresAt: session.expiresAt } : undefined;
    },
    async delete(id: string): Promise<void> {
      await Session.deleteOne({ _id: id });
    },
    async deleteOfOfficer(officer: Id): Promise<void> {
      await Session.deleteMany({ officer });
    },
    async deleteExpired(now: Date): Promise<number> {
      return (await Session.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
    },

    async recordFailure(email: string, ip: string, at: Date, expiresAt: Date): Promise<void> {
      await LoginFailure.create({ email, ip, at, expiresAt });
    },
    /** Failures since `since`, by e-mail and by IP address. */
    async failuresSince(email: string, ip: string, since: Date): Promise<{ byEmail: number; byIp: number }> {
      const [byEmail, byIp] = await Promise.all([
        LoginFailure.countDocuments({ email, at: { $gt: since } }),
        LoginFailure.countDocuments({ ip, at: { $gt: since } }),
      ]);
      return { byEmail, byIp };
    },
    async deleteExpiredFailures(now: Date): Promise<number> {
      return (await LoginFailure.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
