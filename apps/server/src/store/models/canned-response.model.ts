import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** A reply an office keeps ready; officers insert it by typing `/` and its shortcut. */
const cannedResponseSchema = new Schema(
  {
    office: { type: String, required: true },
    /** Lowercase, e.g. `salam`; unique within the office. */
    shortcut: { type: String, required: true },
    text: { type: String, required: true, maxlength: 2000 },
    /** Set: also an FAQ entry, this question answered by `text` (see packages/protocol inbox.ts). */
    faqQuestion: String,
  },
  { timestamps: true },
);
cannedResponseSchema.index({ office: 1, shortcut: 1 }, { unique: true });

export type CannedResponseRecord = InferSchemaType<typeof cannedResponseSchema>;

export function createCannedResponseModel(connection: Connection) {
  return connection.model('CannedResponse', cannedResponseSchema);
}
