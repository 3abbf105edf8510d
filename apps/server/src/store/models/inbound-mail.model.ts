import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A mail read from an office's mailbox, kept once per (office, Message-ID) whatever became of it: threaded
 * into a conversation, started one, or was ignored (auto-reply, bounce, too large, no sender).
 */
const inboundMailSchema = new Schema({
  office: { type: String, required: true },
  messageId: { type: String, required: true },
  uid: Number,
  from: String,
  subject: String,
  outcome: {
    type: String,
    enum: ['pending', 'threaded', 'started', 'auto_reply', 'too_large', 'no_sender', 'reply_to_closed'],
    required: true,
  },
  conversation: Schema.Types.ObjectId,
  attachments: { type: [{ name: String, size: Number, _id: false }], default: [] },
  receivedAt: { type: Date, required: true },
});
inboundMailSchema.index({ office: 1, messageId: 1 }, { unique: true });
inboundMailSchema.index({ conversation: 1 });

export type InboundMailDoc = InferSchemaType<typeof inboundMailSchema>;

export function createInboundMailModel(connection: Connection) {
  return connection.model('InboundMail', inboundMailSchema);
}
