import { authorKindSchema, fileKinds } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A file sent in a chat or received by mail. Its bytes are in GridFS (bucket `filedata`, same `_id`);
 * this record is written only once they are all stored and their kind is known, so a download never
 * finds half a file.
 */
const storedFileSchema = new Schema(
  {
    office: { type: String, required: true },
    conversation: { type: Schema.Types.ObjectId, required: true },
    /** Who sent it: the conversation's visitor or an officer of the office. */
    uploader: {
      kind: { type: String, enum: authorKindSchema.options, required: true },
      id: Schema.Types.ObjectId,
    },
    /** The sender's name for it, cleaned; shown, never trusted for the kind. */
    name: { type: String, required: true },
    /** Recognised from the content. */
    kind: { type: String, enum: fileKinds, required: true },
    size: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
storedFileSchema.index({ conversation: 1 });

export type StoredFileDoc = InferSchemaType<typeof storedFileSchema>;

export function createStoredFileModel(connection: Connection) {
  return connection.model('StoredFile', storedFileSchema);
}
