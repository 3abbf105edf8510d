import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** An officer's private note on a conversation: for colleagues only, never sent to the visitor. */
const noteSchema = new Schema({
  conversation: { type: Schema.Types.ObjectId, required: true },
  /** Copied from the conversation, so a note's office is known without a second read. */
  office: { type: String, required: true },
  officer: { type: Schema.Types.ObjectId, required: true },
  officerName: { type: String, required: true },
  text: { type: String, required: true, maxlength: 2000 },
  at: { type: Date, required: true },
});
noteSchema.index({ conversation: 1, at: 1 });

export type NoteRecord = InferSchemaType<typeof noteSchema>;

export function createNoteModel(connection: Connection) {
  return connection.model('Note', noteSchema);
}
