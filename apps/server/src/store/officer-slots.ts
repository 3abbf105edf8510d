import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import type { Id } from './records.ts';

export interface OfficerSlotRecord {
  id: Id;
  officer: Id;
  slotNo: number;
  conversation: Id;
  claimedAt: Date;
}

/** Officers' chat places: the only code that reads or writes them. */
export function officerSlotStore({ OfficerSlot }: Models) {
  return {
    /** The claim's id for the one caller whose insert of (officer, slotNo) succeeded; undefined for the others. */
    async claim(officer: Id, slotNo: number, conversation: Id, at: Date): Promise<Id | undefined> {
      try {
        const doc = await OfficerSlot.create({ officer, slotNo, conversation, claimedAt: at });
        return String(doc._id);
      } catch (error) {
        if (isDuplicateKey(error)) return undefined;
        throw error;
      }
    },
    async held(officer: Id): Promise<OfficerSlotRecord[]> {
      const docs = await OfficerSlot.find({ officer }).sort({ slotNo: 1 }).lean();
      return docs.map((doc) => ({
        id: String(doc._id),
        officer: String(doc.officer),
        slotNo: doc.slotNo,
        conversation: String(doc.conversation),
        claimedAt: doc.claimedAt,
      }));
    },
    /** Releases one claim, by its id: never another caller's claim of the same place. */
    async drop(id: Id): Promise<void> {
      await OfficerSlot.deleteOne({ _id: id });
    },
    /** Releases the officer's claims for the conversation. */
    async release(officer: Id, conversation: Id): Promise<void> {
      await OfficerSlot.deleteMany({ officer, conversation });
    },
  };
}

export type OfficerSlotStore = ReturnType<typeof officerSlotStore>;
