import type { CannedResponse } from '@pst/protocol';
import { isValidObjectId } from 'mongoose';
import type { Models } from './models.ts';
import type { Id } from './records.ts';

type Lean = { _id: unknown; office: string; shortcut: string; text: string; faqQuestion?: string | null };

function toCannedResponse(doc: Lean): CannedResponse {
  return {
    id: String(doc._id),
    officeCode: doc.office,
    shortcut: doc.shortcut,
    text: doc.text,
    ...(doc.faqQuestion ? { faqQuestion: doc.faqQuestion } : {}),
  };
}

/** Canned responses per office: the only code that reads or writes them. */
export function cannedStore({ CannedResponse: Canned }: Models) {
  return {
    async ofOffice(office: string): Promise<CannedResponse[]> {
      return (await Canned.find({ office }).sort({ shortcut: 1 }).lean()).map(toCannedResponse);
    },
    /** A shortcut in use throws the duplicate-key error. */
    async create(
      office: string,
      input: { shortcut: string; text: string; faqQuestion?: string },
    ): Promise<CannedResponse> {
      return toCannedResponse((await Canned.create({ office, ...input })).toObject());
    },
    async byShortcut(office: string, shortcut: string): Promise<CannedResponse | undefined> {
      const doc = await Canned.findOne({ office, shortcut }).lean();
      return doc ? toCannedResponse(doc) : undefined;
    },
    async update(office: string, id: Id, changes: { shortcut?: string; text?: string; faqQuestion?: string }) {
      if (!isValidObjectId(id)) return undefined;
      const doc = await Canned.findOneAndUpdate(
        { _id: id, office },
        { $set: changes },
        { returnDocument: 'after' },
      ).lean();
      return doc ? toCannedResponse(doc) : undefined;
    },
    /** Whether the office has any FAQ entry (asked on every widget info request: one indexed lookup). */
    async hasFaq(office: string): Promise<boolean> {
      return (await Canned.exists({ office, faqQuestion: { $exists: true, $ne: '' } })) !== null;
    },
    /** The office's FAQ: the responses with a question, by question. */
    async faqOfOffice(office: string): Promise<CannedResponse[]> {
      const docs = await Canned.find({ office, faqQuestion: { $exists: true, $ne: '' } }).lean();
      return docs.map(toCannedResponse).sort((a, b) => (a.faqQuestion ?? '').localeCompare(b.faqQuestion ?? ''));
    },
    /** Whether one was deleted. */
    async delete(office: string, id: Id): Promise<boolean> {
      if (!isValidObjectId(id)) return false;
      return (await Canned.deleteOne({ _id: id, office })).deletedCount > 0;
    },
  };
}

export type CannedStore = ReturnType<typeof cannedStore>;
