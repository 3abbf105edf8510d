import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** One rating per conversation, made exclusive by its unique index; kept per officer for reports. */
const ratingSchema = new Schema({
  conversation: { type: Schema.Types.ObjectId, required: true },
  office: { type: String, required: true },
  officer: Schema.Types.ObjectId,
  score: { type: Number, min: 1, max: 5, required: true },
  comment: String,
  at: { type: Date, required: true },
  localMonth: { type: String, required: true },
});
ratingSchema.index({ conversation: 1 }, { unique: true });
ratingSchema.index({ office: 1, localMonth: 1 });

export type Rating = InferSchemaType<typeof ratingSchema>;

export function createRatingModel(connection: Connection) {
  return connection.model('Rating', ratingSchema);
}
