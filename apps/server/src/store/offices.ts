import type { Models } from './models.ts';
import { type OfficeRecord, withoutNulls } from './records.ts';

type Lean = Record<string, unknown>;

function toOfficeRecord(doc: Lean): OfficeRecord {
  const { _id, __v, createdAt, updatedAt, contacts, widget, ...rest } = withoutNulls(doc);
  return {
    ...(rest as unknown as OfficeRecord),
    contacts: withoutNulls((contacts as OfficeRecord['contacts'] | undefined) ?? {}),
    widget: withoutNulls((widget as OfficeRecord['widget'] | undefined) ?? {}),
  };
}

/** Offices (tenants): the only code that reads or writes them. */
export function officeStore({ Office }: Models) {
  return {
    async byCode(code: string): Promise<OfficeRecord | undefined> {
      const doc = await Office.findOne({ code }).lean();
      return doc ? toOfficeRecord(doc) : undefined;
    },
    async all(): Promise<OfficeRecord[]> {
      return (await Office.find().sort({ code: 1 }).lean()).map(toOfficeRecord);
    },
    count(): Promise<number> {
      return Office.estimatedDocumentCount();
    },
    /** Which of these codes exist. */
    existing(codes: string[]): Promise<string[]> {
      return Office.find({ code: { $in: codes } }).distinct('code');
    },
    /** Creates an office; a code in use throws the duplicate-key error. */
    async create(input: Partial<OfficeRecord> & Pick<OfficeRecord, 'code' | 'name' | 'timeZone'>) {
      return toOfficeRecord((await Office.create(input)).toObject());
    },
    /** Sets whole top-level fields (no dotted paths). */
    async update(code: string, changes: Partial<OfficeRecord>): Promise<OfficeRecord | undefined> {
      const doc = await Office.findOneAndUpdate({ code }, { $set: changes }, { new: true }).lean();
      return doc ? toOfficeRecord(doc) : undefined;
    },
  };
}

export type OfficeStore = ReturnType<typeof officeStore>;
