import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const addressSchema = new Schema({ name: String, address: { type: String, required: true } }, { _id: false });

/**
 * A mail waiting to be sent, or sent. The unique `key` (e.g. `answer:<message id>`) makes queueing once;
 * a send claims its attempt number by a unique insert (see mail-send-claim.model.ts), so it is sent once.
 */
const outboundMailSchema = new Schema({
  key: { type: String, required: true },
  office: { type: String, required: true },
  conversation: Schema.Types.ObjectId,
  kind: { type: String, enum: ['answer', 'transcript', 'reminder', 'code'], required: true },
  /** The conversation a staff mail (a reminder) is about: not threaded with it, but erased with it. */
  about: Schema.Types.ObjectId,
  from: { type: addressSchema, required: true },
  to: { type: [addressSchema], required: true },
  replyTo: String,
  subject: { type: String, required: true },
  text: { type: String, required: true },
  html: { type: String, required: true },
  /** An answer's files (the officer's), read from the file store when the mail is sent. */
  attachments: {
    type: [
      new Schema(
        { file: { type: Schema.Types.ObjectId, required: true }, name: String, contentType: String },
        { _id: false },
      ),
    ],
    default: undefined,
  },
  /** Our own Message-ID, `<…>`; In-Reply-To and References thread it with the conversation's earlier mails. */
  messageId: { type: String, required: true },
  inReplyTo: String,
  references: { type: [String], default: [] },
  status: { type: String, enum: ['queued', 'sent', 'failed'], required: true },
  /** Attempts made so far; the next claims `attempts + 1`. */
  attempts: { type: Number, default: 0 },
  nextAttemptAt: { type: Date, required: true },
  lastError: String,
  createdAt: { type: Date, required: true },
  sentAt: Date,
});
outboundMailSchema.index({ key: 1 }, { unique: true });
outboundMailSchema.index({ status: 1, nextAttemptAt: 1 });
outboundMailSchema.index({ conversation: 1, createdAt: 1 });
outboundMailSchema.index({ messageId: 1 });
outboundMailSchema.index({ about: 1 });

export type OutboundMailDoc = InferSchemaType<typeof outboundMailSchema>;

export function createOutboundMailModel(connection: Connection) {
  return connection.model('OutboundMail', outboundMailSchema);
}
