import { type Connection, Schema } from 'mongoose';

/**
 * One of the few sign-in attempts an e-mail (or an IP address) may make in
 * the throttle window. Its unique (key, slot) lets only as many attempts past
 * as there are slots, atomically on MongoDB and FerretDB alike, even when
 * guesses arrive in parallel on several nodes. A failed attempt keeps its slot
 * until `expiresAt`; a successful one gives it back. Kept whether or not the
 * e-mail belongs to an officer, so the throttle does not tell which exist.
 */
const loginAttemptSchema = new Schema(
  {
    /** `email:<lowercased e-mail>` or `ip:<address>`. */
    key: { type: String, required: true },
    slot: { type: Number, required: true },
    at: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
loginAttemptSchema.index({ key: 1, slot: 1 }, { unique: true });
loginAttemptSchema.index({ expiresAt: 1 });

export function createLoginAttemptModel(connection: Connection) {
  return connection.model('LoginAttempt', loginAttemptSchema);
}
