import { isValidObjectId } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import { type Id, type ReminderRecord, withoutNulls } from './records.ts';

type Lean = Record<string, unknown> & { _id: unknown };

function toReminderRecord(doc: Lean): ReminderRecord {
  const { _id, __v, conversation, officer, ...rest } = withoutNulls(doc);
  return {
    ...(rest as unknown as ReminderRecord),
    id: String(_id),
    conversation: String(conversation),
    ...(officer ? { officer: String(officer) } : {}),
  };
}

/** Deadline reminders: each made once by its unique key. */
export function reminderStore({ Reminder }: Models) {
  return {
    /** The new reminder, or undefined when one with its key exists (another node, or an earlier run, sent it). */
    async createOnce(input: Omit<ReminderRecord, 'id'>): Promise<ReminderRecord | undefined> {
      try {
        return toReminderRecord((await Reminder.create(input)).toObject());
      } catch (error) {
        if (isDuplicateKey(error)) return undefined;
        throw error;
      }
    },
    /** The officer's reminders not dismissed, newest first. */
    async openOf(officer: Id, limit = 50): Promise<ReminderRecord[]> {
      const docs = await Reminder.find({ officer, dismissedAt: null }).sort({ at: -1 }).limit(limit).lean();
      return docs.map(toReminderRecord);
    },
    /** Marks the officer's own reminder seen; false when it is not theirs or does not exist. */
    async dismiss(id: Id, officer: Id, at: Date): Promise<boolean> {
      if (!isValidObjectId(id)) return false;
      const result = await Reminder.updateOne({ _id: id, officer }, { $set: { dismissedAt: at } });
      return result.matchedCount > 0;
    },
  };
}

export type ReminderStore = ReturnType<typeof reminderStore>;
