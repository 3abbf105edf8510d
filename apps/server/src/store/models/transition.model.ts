import { conversationStatusSchema } from '@pst/protocol';
import { type Connection, Schema } from 'mongoose';

/**
 * One state transition of a conversation (assigned, accepted, transferred,
 * requeued, closed). Its unique (conversation, stateNo) key makes every
 * transition exclusive on MongoDB and FerretDB alike: of two officers or two
 * nodes changing the same state, the second insert fails with 11000. A
 * conditional update would not do: FerretDB v1 lets both win.
 */
const transitionSchema = new Schema({
  conversation: { type: Schema.Types.ObjectId, required: true },
  stateNo: { type: Number, required: true },
  to: { type: String, enum: conversationStatusSchema.options, required: true },
  /** The officer it was assigned to, for transitions to `active`. */
  officer: Schema.Types.ObjectId,
  at: { type: Date, required: true },
});
transitionSchema.index({ conversation: 1, stateNo: 1 }, { unique: true });

export function createTransitionModel(connection: Connection) {
  return connection.model('Transition', transitionSchema);
}
