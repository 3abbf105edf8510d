import type { PresenceStatus } from '@pst/protocol';
import { isValidObjectId } from 'mongoose';
import type { Models } from './models.ts';
import { type Id, type OfficerRecord, withoutNulls } from './records.ts';

type Lean = Record<string, unknown> & { _id: unknown };

function toOfficerRecord(doc: Lean): OfficerRecord {
  const { _id, __v, createdAt, updatedAt, ...rest } = withoutNulls(doc);
  return { ...(rest as unknown as OfficerRecord), id: String(_id), offices: [...(rest.offices as string[])] };
}

/** Officers: the only code that reads or writes them. */
export function officerStore({ Officer }: Models) {
  const one = (doc: Lean | null) => (doc ? toOfficerRecord(doc) : undefined);
  const update = async (id: Id, changes: Partial<Omit<OfficerRecord, 'id'>>): Promise<OfficerRecord | undefined> => {
    if (!isValidObjectId(id)) return undefined;
    return one(await Officer.findByIdAndUpdate(id, { $set: changes }, { new: true }).lean());
  };
  return {
    async byId(id: Id): Promise<OfficerRecord | undefined> {
      return isValidObjectId(id) ? one(await Officer.findById(id).lean()) : undefined;
    },
    /** By e-mail, lowercased as stored. */
    async byEmail(email: string): Promise<OfficerRecord | undefined> {
      return one(await Officer.findOne({ email: email.trim().toLowerCase() }).lean());
    },
    /** Officers of one office (or all), by name; with `online`, only those who chose online and may sign in. */
    async list(filter: { office?: string; online?: boolean; enabled?: boolean } = {}): Promise<OfficerRecord[]> {
      const docs = await Officer.find({
        ...(filter.office !== undefined ? { offices: filter.office } : {}),
        ...(filter.online ? { status: 'online', disabled: false } : {}),
        ...(filter.enabled ? { disabled: false } : {}),
      })
        .sort({ name: 1 })
        .lean();
      return docs.map(toOfficerRecord);
    },
    /** Creates an officer; an e-mail in use throws the duplicate-key error (the unique index decides). */
    async create(input: Omit<OfficerRecord, 'id' | 'status' | 'disabled' | 'lastAssignedAt'>) {
      return toOfficerRecord((await Officer.create(input)).toObject());
    },
    update,
    setStatus: (id: Id, status: PresenceStatus) => update(id, { status }),
    async setLastAssigned(id: Id, at: Date): Promise<void> {
      await Officer.updateOne({ _id: id }, { $set: { lastAssignedAt: at } });
    },
  };
}

export type OfficerStore = ReturnType<typeof officerStore>;
