import { type Connection, Schema } from 'mongoose';

/**
 * One change of an office's settings (the office audit): who, when, and each
 * setting's before and after (lists: the items added and removed). Appended,
 * never edited. Settings only: an office holds no secret.
 */
const officeChangeSchema = new Schema({
  office: { type: String, required: true },
  at: { type: Date, required: true },
  /** `{ kind: 'officer', id, name }` or `{ kind: 'cli' }`; the name as it was then. */
  by: { type: Schema.Types.Mixed, required: true },
  /** `[{ field, before?, after?, added?, removed? }]`: field names are values here, never keys. */
  changes: { type: [Schema.Types.Mixed], required: true },
});
officeChangeSchema.index({ office: 1, at: -1 });

export function createOfficeChangeModel(connection: Connection) {
  return connection.model('OfficeChange', officeChangeSchema);
}
