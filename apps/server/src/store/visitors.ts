import { isValidObjectId } from 'mongoose';
import type { Models } from './models.ts';
import { type Id, type VisitorRecord, withoutNulls } from './records.ts';

type Lean = Record<string, unknown> & { _id: unknown };

function toVisitorRecord(doc: Lean): VisitorRecord {
  const { _id, __v, createdAt, updatedAt, tokenHash, search, ...rest } = withoutNulls(doc);
  const visitor = rest as unknown as VisitorRecord;
  return { ...visitor, channel: visitor.channel ?? 'web', id: String(_id) };
}

/** Visitors (guest books): the only code that reads or writes them. */
export function visitorStore({ Visitor }: Models) {
  return {
    async byId(id: Id): Promise<VisitorRecord | undefined> {
      if (!isValidObjectId(id)) return undefined;
      const doc = await Visitor.findById(id).lean();
      return doc ? toVisitorRecord(doc) : undefined;
    },
    /** The visitor holding the token with this hash at this office. */
    async byTokenHash(office: string, tokenHash: string): Promise<VisitorRecord | undefined> {
      const doc = await Visitor.findOne({ tokenHash, office }).lean();
      return doc ? toVisitorRecord(doc) : undefined;
    },
    /** The guest books with these ids (an export's visitors). */
    async byIds(ids: Id[]): Promise<VisitorRecord[]> {
      const valid = ids.filter((id) => isValidObjectId(id));
      if (valid.length === 0) return [];
      return (await Visitor.find({ _id: { $in: valid } }).lean()).map(toVisitorRecord);
    },
    /** The visitor proved the e-mail is theirs. */
    async markEmailVerified(id: Id, at: Date): Promise<void> {
      await Visitor.updateOne({ _id: id, emailVerifiedAt: { $exists: false } }, { $set: { emailVerifiedAt: at } });
    },
    /** The office's guest books with this e-mail that proved it theirs (the same person on other devices). */
    async verifiedIdsByEmail(office: string, email: string): Promise<Id[]> {
      const docs = await Visitor.find({ office, email, emailVerifiedAt: { $exists: true } }, { _id: 1 }).lean();
      return docs.map((doc) => String(doc._id));
    },
    /** Changes the named guest-book fields; the search field follows the name. */
    async update(
      id: Id,
      changes: Partial<Pick<VisitorRecord, 'name' | 'phone' | 'institution' | 'occupation' | 'purpose'>>,
    ) {
      const visitor = await Visitor.findById(id).lean();
      if (!visitor) return undefined;
      const name = changes.name ?? visitor.name;
      const doc = await Visitor.findOneAndUpdate(
        { _id: id },
        { $set: { ...changes, search: `${name} ${visitor.email}`.toLowerCase() } },
        { returnDocument: 'after' },
      ).lean();
      return doc ? toVisitorRecord(doc) : undefined;
    },
    /** The visitor consented to this version of the office's privacy notice, now. */
    async recordConsent(id: Id, consentVersion: string, consentAt: Date): Promise<void> {
      await Visitor.updateOne({ _id: id }, { $set: { consentVersion, consentAt } });
    },
    /** The newest guest book with this e-mail address at the office: a returning sender. */
    async latestByEmail(office: string, email: string): Promise<VisitorRecord | undefined> {
      const doc = await Visitor.findOne({ office, email }).sort({ createdAt: -1 }).lean();
      return doc ? toVisitorRecord(doc) : undefined;
    },
    /** Stores the guest book with the token's hash and a lowercase search field. */
    async create(input: Omit<VisitorRecord, 'id'> & { tokenHash: string }): Promise<VisitorRecord> {
      const search = `${input.name} ${input.email}`.toLowerCase();
      return toVisitorRecord((await Visitor.create({ ...input, search })).toObject());
    },
  };
}

export type VisitorStore = ReturnType<typeof visitorStore>;
