import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** A visitor found their answer in the office's FAQ, without a chat (one document per answer, for the reports). */
const faqAnswerSchema = new Schema({
  office: { type: String, required: true },
  /** The canned response (FAQ entry) that answered. */
  entry: { type: String, required: true },
  at: { type: Date, required: true },
});
faqAnswerSchema.index({ office: 1, at: 1 });

export type FaqAnswerRecord = InferSchemaType<typeof faqAnswerSchema>;

export function createFaqAnswerModel(connection: Connection) {
  return connection.model('FaqAnswer', faqAnswerSchema);
}
