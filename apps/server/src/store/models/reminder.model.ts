import { reminderKinds } from '@pst/protocol';
import { type Connection, Schema } from 'mongoose';

/**
 * A deadline notice sent once: an in-app reminder to one officer (`due_soon`, `overdue`), or the
 * visitor's auto-close warning (`auto_close_warning`, no officer). The unique `key` names what it is
 * about (kind, conversation, the due date or silence it refers to, recipient), so of the nodes that see
 * the same moment exactly one inserts it, on MongoDB and FerretDB alike.
 */
const reminderSchema = new Schema({
  key: { type: String, required: true },
  kind: { type: String, enum: [...reminderKinds, 'auto_close_warning'], required: true },
  office: { type: String, required: true },
  conversation: { type: Schema.Types.ObjectId, required: true },
  officer: Schema.Types.ObjectId,
  visitorName: { type: String, required: true },
  dueAt: { type: Date, required: true },
  at: { type: Date, required: true },
  dismissedAt: Date,
});
reminderSchema.index({ key: 1 }, { unique: true });
reminderSchema.index({ officer: 1, at: -1 });

export function createReminderModel(connection: Connection) {
  return connection.model('Reminder', reminderSchema);
}
