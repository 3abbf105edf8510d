import { presenceStatusSchema, roleSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

const officerSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    /** Lowercased; unique across the deployment. */
    email: { type: String, required: true, lowercase: true, trim: true },
    /** argon2id. */
    passwordHash: { type: String, required: true },
    role: { type: String, enum: roleSchema.options, default: 'officer' },
    /** Office codes this officer serves. */
    offices: { type: [String], default: [] },
    /** What the officer chose; routing also needs a connected tab (see presence). */
    status: { type: String, enum: presenceStatusSchema.options, default: 'offline' },
    disabled: { type: Boolean, default: false },
    /** When the officer last had a chat assigned: ties in auto routing go to the one idle longest. */
    lastAssignedAt: { type: Date, default: () => new Date(0) },
  },
  { timestamps: true },
);
officerSchema.index({ email: 1 }, { unique: true });
officerSchema.index({ offices: 1 });

export type Officer = InferSchemaType<typeof officerSchema>;

export function createOfficerModel(connection: Connection) {
  return connection.model('Officer', officerSchema);
}
