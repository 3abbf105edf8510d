import { type Connection, Schema } from 'mongoose';

/**
 * One use of a flood quota (a guest book or a new consultation, per IP
 * address or per office) held until `expiresAt`. The unique (key, slot) lets
 * only as many uses through in the window as there are slots, exactly, on any
 * number of nodes, on MongoDB and FerretDB alike.
 */
const quotaSlotSchema = new Schema(
  {
    /** What is counted and for whom, e.g. `start:ip:203.0.113.7` or `register:office:5102`. */
    key: { type: String, required: true },
    slot: { type: Number, required: true },
    at: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
quotaSlotSchema.index({ key: 1, slot: 1 }, { unique: true });
quotaSlotSchema.index({ expiresAt: 1 });

export function createQuotaSlotModel(connection: Connection) {
  return connection.model('QuotaSlot', quotaSlotSchema);
}
