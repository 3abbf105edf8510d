import { type Connection, Schema } from 'mongoose';

/**
 * An assignment claim. Its unique (conversation, assignmentNo) key makes
 * assignment exclusive on MongoDB and FerretDB alike: of two officers or two
 * nodes claiming the same assignment, the second insert fails with 11000.
 */
const claimSchema = new Schema({
  conversation: { type: Schema.Types.ObjectId, required: true },
  assignmentNo: { type: Number, required: true },
  officer: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, required: true },
});
claimSchema.index({ conversation: 1, assignmentNo: 1 }, { unique: true });

export function createClaimModel(connection: Connection) {
  return connection.model('Claim', claimSchema);
}
