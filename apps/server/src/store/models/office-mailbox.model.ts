import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * An office's consultation mailbox, apart from the office so its secret is read only by the mail code.
 * The IMAP cursor (UIDVALIDITY and the last UID stored) is what the poller resumes from: officers read the
 * same mailbox by hand, so the \Seen flag says nothing.
 */
const officeMailboxSchema = new Schema({
  office: { type: String, required: true },
  address: { type: String, required: true },
  displayName: String,
  imap: {
    type: new Schema(
      {
        host: { type: String, required: true },
        port: { type: Number, required: true },
        secure: { type: Boolean, required: true },
        user: { type: String, required: true },
        /** AES-256-GCM under SECRETS_KEY; see config/secrets.ts. */
        passwordSealed: { type: String, required: true },
        folder: { type: String, required: true },
      },
      { _id: false },
    ),
  },
  uidValidity: String,
  lastUid: { type: Number, default: 0 },
  lastPolledAt: Date,
  lastError: String,
});
officeMailboxSchema.index({ office: 1 }, { unique: true });

export type OfficeMailboxDoc = InferSchemaType<typeof officeMailboxSchema>;

export function createOfficeMailboxModel(connection: Connection) {
  return connection.model('OfficeMailbox', officeMailboxSchema);
}
