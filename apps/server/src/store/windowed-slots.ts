import type { Model } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.ts';

/** A collection of `{ key, slot, at, expiresAt }` with a unique (key, slot) index. */
interface SlotDocument {
  key: string;
  slot: number;
  at: Date;
  expiresAt: Date;
}

/**
 * Takes a free slot of `key` (one of `slots`) until `expiresAt`, or returns
 * undefined when all are held. A slot whose hold expired is freed first; of
 * two callers after one slot, the unique index lets one win. This is how a
 * count is kept exactly across nodes on FerretDB v1, where `$inc` can lose
 * updates and a conditional update is not atomic.
 */
export async function claimWindowedSlot(
  model: Model<SlotDocument>,
  key: string,
  slots: number,
  at: Date,
  expiresAt: Date,
): Promise<number | undefined> {
  const held = await model.find({ key, expiresAt: { $gt: at } }).distinct<'slot', number>('slot');
  for (let slot = 0; slot < slots; slot++) {
    if (held.includes(slot)) continue;
    await model.deleteMany({ key, slot, expiresAt: { $lte: at } });
    try {
      await model.create({ key, slot, at, expiresAt });
      return slot;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  return undefined;
}
