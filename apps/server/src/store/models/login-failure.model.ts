import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * One failed sign-in, counted per e-mail and per IP address to throttle
 * password guessing. Kept whether or not the e-mail belongs to an officer, so
 * the throttle does not tell which e-mails exist. Removed after `expiresAt`
 * by a periodic `deleteMany` (no TTL index on FerretDB v1).
 */
const loginFailureSchema = new Schema(
  {
    /** Lowercased, as typed; may belong to no officer. */
    email: { type: String, required: true },
    ip: { type: String, required: true },
    at: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
loginFailureSchema.index({ email: 1, at: 1 });
loginFailureSchema.index({ ip: 1, at: 1 });
loginFailureSchema.index({ expiresAt: 1 });

export type LoginFailure = InferSchemaType<typeof loginFailureSchema>;

export function createLoginFailureModel(connection: Connection) {
  return connection.model('LoginFailure', loginFailureSchema);
}
