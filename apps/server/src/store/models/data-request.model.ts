import { type Connection, Schema } from 'mongoose';

/**
 * A visitor's request under UU PDP 27/2022: to see, download, correct or erase their data. Verified by a
 * one-time code mailed to the guest book's address (only its hash is kept); then due within 3×24 hours.
 */
const dataRequestSchema = new Schema({
  office: { type: String, required: true },
  visitor: { type: Schema.Types.ObjectId, required: true },
  kind: { type: String, enum: ['access', 'export', 'correct', 'erase'], required: true },
  /** What the visitor asks to correct, in their words. */
  details: String,
  codeHash: { type: String, required: true },
  codeExpiresAt: { type: Date, required: true },
  attempts: { type: Number, default: 0 },
  status: { type: String, enum: ['unverified', 'open', 'done'], required: true },
  createdAt: { type: Date, required: true },
  verifiedAt: Date,
  dueAt: Date,
  doneAt: Date,
  doneBy: Schema.Types.ObjectId,
});
dataRequestSchema.index({ office: 1, status: 1, dueAt: 1 });
dataRequestSchema.index({ visitor: 1, createdAt: -1 });

export function createDataRequestModel(connection: Connection) {
  return connection.model('DataRequest', dataRequestSchema);
}
