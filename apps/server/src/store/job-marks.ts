import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';

/** Where each windowed background job left off. */
export function jobMarkStore({ JobMark }: Models) {
  return {
    async doneUntil(mark: string): Promise<Date | undefined> {
      return (await JobMark.findById(mark).lean())?.doneUntil;
    },
    /** Moves the mark forward, never back (`$max`): an overlapping older run cannot undo a newer one. */
    async advance(mark: string, to: Date): Promise<void> {
      const move = () => JobMark.updateOne({ _id: mark }, { $max: { doneUntil: to } }, { upsert: true });
      // Two first runs may both insert; the loser's update then finds the winner's document.
      await move().catch((error: unknown) => (isDuplicateKey(error) ? move() : Promise.reject(error)));
    },
  };
}

export type JobMarkStore = ReturnType<typeof jobMarkStore>;
