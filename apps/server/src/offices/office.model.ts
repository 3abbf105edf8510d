import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** The time zones of Indonesia's offices: WIB, WITA, WIT. */
export const officeTimeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

const officeSchema = new Schema(
  {
    /** Kode satker, 4 digits. */
    code: { type: String, required: true, match: /^\d{4}$/ },
    name: { type: String, required: true, trim: true, maxlength: 200 },
    timeZone: { type: String, required: true, enum: officeTimeZones },
  },
  { timestamps: true },
);
officeSchema.index({ code: 1 }, { unique: true });

export type Office = InferSchemaType<typeof officeSchema>;

/** Registers the model on a connection; call once per connection. */
export function createOfficeModel(connection: Connection) {
  return connection.model('Office', officeSchema);
}
