import { type Connection, Schema } from 'mongoose';

/**
 * How far a background job has looked, by its name: the next run reads only what
 * became due since, a window bounded by time on an indexed field.
 */
const jobMarkSchema = new Schema({
  _id: { type: String, required: true },
  doneUntil: { type: Date, required: true },
});

export function createJobMarkModel(connection: Connection) {
  return connection.model('JobMark', jobMarkSchema);
}
