import { authorKindSchema, fileKinds, systemEventSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const authorSchema = new Schema(
  {
    kind: { type: String, enum: authorKindSchema.options, required: true },
    id: Schema.Types.ObjectId,
    name: String,
  },
  { _id: false },
);

/** A file the message carries, as shown (the bytes and who may read them: `StoredFile`). */
const fileRefSchema = new Schema(
  {
    id: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    kind: { type: String, enum: fileKinds, required: true },
    size: { type: Number, required: true },
  },
  { _id: false },
);

const messageSchema = new Schema({
  conversation: { type: Schema.Types.ObjectId, required: true },
  /** 1, 2, 3 … per conversation; the unique index makes a number exclusive. */
  seq: { type: Number, required: true },
  /** The sender's id for the message; a resend with the same id is stored once. */
  clientMsgId: { type: String, required: true },
  author: { type: authorSchema, required: true },
  /** For system messages: what happened. */
  event: { type: String, enum: systemEventSchema.options },
  /** For system messages: the values their wording names (officerName …). */
  params: Schema.Types.Mixed,
  /** Empty for system messages: clients word them from `event` and `params`. */
  text: { type: String, default: '', maxlength: 4000 },
  /** Files sent with the message (absent when none). */
  files: { type: [fileRefSchema], default: undefined },
  at: { type: Date, required: true },
});
messageSchema.index({ conversation: 1, seq: 1 }, { unique: true });
messageSchema.index({ conversation: 1, clientMsgId: 1 }, { unique: true });

export type MessageDoc = InferSchemaType<typeof messageSchema>;

export function createMessageModel(connection: Connection) {
  return connection.model('Message', messageSchema);
}
