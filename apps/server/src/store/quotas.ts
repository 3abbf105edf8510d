import type { Models } from './models.ts';
import { claimWindowedSlot } from './windowed-slots.ts';

/** Flood quotas of visitors (guest books, new consultations): the only code that reads or writes them. */
export function quotaStore({ QuotaSlot }: Models) {
  return {
    /** Takes one use of `key` (at most `slots` in the window), or returns undefined when none is left. */
    claim(key: string, slots: number, at: Date, expiresAt: Date): Promise<number | undefined> {
      return claimWindowedSlot(QuotaSlot, key, slots, at, expiresAt);
    },
    async release(key: string, slot: number): Promise<void> {
      await QuotaSlot.deleteOne({ key, slot });
    },
    async deleteExpired(now: Date): Promise<number> {
      return (await QuotaSlot.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
    },
  };
}

export type QuotaStore = ReturnType<typeof quotaStore>;
