import { type Connection, Schema } from 'mongoose';

/**
 * A lease for one run of a background job in one time slot. The unique
 * (job, slot) key lets exactly one node run it, on MongoDB and FerretDB alike.
 */
const jobRunSchema = new Schema({
  job: { type: String, required: true },
  slot: { type: Number, required: true },
  node: { type: String, required: true },
  expiresAt: { type: Date, required: true },
});
jobRunSchema.index({ job: 1, slot: 1 }, { unique: true });
jobRunSchema.index({ expiresAt: 1 });

export function createJobRunModel(connection: Connection) {
  return connection.model('JobRun', jobRunSchema);
}
