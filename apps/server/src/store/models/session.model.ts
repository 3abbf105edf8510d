import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A signed-in officer's session. The `_id` is the SHA-256 (hex) of the token
 * in the cookie, so a leaked database does not hand out live sessions.
 * Expired sessions are ignored on read and removed by a periodic
 * `deleteMany` (FerretDB v1 has no TTL index).
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    officer: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
sessionSchema.index({ officer: 1 });
sessionSchema.index({ expiresAt: 1 });

export type Session = InferSchemaType<typeof sessionSchema>;

export function createSessionModel(connection: Connection) {
  return connection.model('Session', sessionSchema);
}
