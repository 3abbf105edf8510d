import { type Connection, Schema } from 'mongoose';

/** What was erased, when and on whose request: ids and counts, never the erased data. Kept for good. */
const erasureSchema = new Schema({
  office: { type: String, required: true },
  visitor: { type: Schema.Types.ObjectId, required: true },
  reason: { type: String, enum: ['request', 'retention'], required: true },
  request: Schema.Types.ObjectId,
  by: { kind: { type: String, required: true }, id: Schema.Types.ObjectId },
  conversations: { type: [Schema.Types.ObjectId], default: [] },
  counts: { type: Schema.Types.Mixed, default: {} },
  at: { type: Date, required: true },
});
erasureSchema.index({ office: 1, at: -1 });

export function createErasureModel(connection: Connection) {
  return connection.model('Erasure', erasureSchema);
}
