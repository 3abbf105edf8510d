import { type Connection, Schema } from 'mongoose';

/** A member of staff opened personal data: a guest book with its transcript, or an export. Who, what, when. */
const accessLogSchema = new Schema({
  officer: { type: Schema.Types.ObjectId, required: true },
  office: { type: String, required: true },
  what: { type: String, enum: ['conversation', 'export', 'data_request', 'affected_export'], required: true },
  conversation: Schema.Types.ObjectId,
  visitor: Schema.Types.ObjectId,
  at: { type: Date, required: true },
  /** Kept as long as the transcripts it refers to, then deleted by the retention job. */
  expiresAt: { type: Date, required: true },
});
accessLogSchema.index({ office: 1, at: -1 });
accessLogSchema.index({ expiresAt: 1 });

export function createAccessLogModel(connection: Connection) {
  return connection.model('AccessLog', accessLogSchema);
}
