import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';

/** Leases for background job runs: one node per (job, time slot). */
export function jobRunStore({ JobRun }: Models) {
  return {
    /** True for the one node whose insert of (job, slot) succeeded; the others got 11000. */
    async claim(job: string, slot: number, node: string, expiresAt: Date): Promise<boolean> {
      try {
        await JobRun.create({ job, slot, node, expiresAt });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async deleteExpired(now: Date): Promise<void> {
      await JobRun.deleteMany({ expiresAt: { $lt: now } });
    },
  };
}
