import type { Models } from './models.ts';
import type { Id } from './records.ts';
import { claimWindowedSlot } from './windowed-slots.ts';

/** Officers' sessions and sign-in attempts: the only code that reads or writes them. */
export function sessionStore({ Session, LoginAttempt }: Models) {
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

    /** Takes a free attempt slot of `key` (one of `slots`), or undefined when all are held. */
    claimAttempt(key: string, slots: number, at: Date, expiresAt: Date): Promise<number | undefined> {
      return claimWindowedSlot(LoginAttempt, key, slots, at, expiresAt);
    },
    async releaseAttempt(key: string, slot: number): Promise<void> {
      await LoginAttempt.deleteOne({ key, slot });
    },
    async deleteExpiredAttempts(now: Date): Promise<number> {
      return (await LoginAttempt.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
