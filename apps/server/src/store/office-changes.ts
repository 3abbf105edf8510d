import type { OfficeAuditEntry, OfficeChangeAuthor, OfficeSettingChange } from '@pst/protocol';
import type { Models } from './models.ts';

type Lean = { _id: unknown; office: string; at: Date; by: OfficeChangeAuthor; changes: OfficeSettingChange[] };

function toEntry(doc: Lean): OfficeAuditEntry {
  return { id: String(doc._id), officeCode: doc.office, at: doc.at.toISOString(), by: doc.by, changes: doc.changes };
}

/** The office audit: every change of an office's settings, newest first. */
export function officeChangeStore({ OfficeChange }: Models) {
  return {
    async record(entry: { office: string; at: Date; by: OfficeChangeAuthor; changes: OfficeSettingChange[] }) {
      return toEntry((await OfficeChange.create(entry)).toObject() as Lean);
    },
    async ofOffice(office: string, limit: number): Promise<OfficeAuditEntry[]> {
      const docs = await OfficeChange.find({ office }).sort({ at: -1, _id: -1 }).limit(limit).lean();
      return (docs as Lean[]).map(toEntry);
    },
  };
}

export type OfficeChangeStore = ReturnType<typeof officeChangeStore>;
