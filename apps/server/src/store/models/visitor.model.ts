import { purposeSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/** The guest book (buku tamu). The visitor token is kept only as its SHA-256 hash. */
const visitorSchema = new Schema(
  {
    office: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    phone: { type: String, required: true },
    institution: { type: String, required: true },
    occupation: { type: String, required: true },
    purpose: { type: String, enum: purposeSchema.options, required: true },
    consentAt: { type: Date, required: true },
    consentVersion: { type: String, required: true },
    tokenHash: { type: String, required: true },
    /** Lowercased name and e-mail, for the officers' search. */
    search: { type: String, required: true },
  },
  { timestamps: true },
);
visitorSchema.index({ tokenHash: 1 }, { unique: true });
visitorSchema.index({ office: 1, email: 1 });

export type Visitor = InferSchemaType<typeof visitorSchema>;

export function createVisitorModel(connection: Connection) {
  return connection.model('Visitor', visitorSchema);
}
