import { channelSchema, purposeSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * The guest book (buku tamu). The visitor token is kept only as its SHA-256 hash. A visitor who wrote by
 * e-mail has only what the mail gave (name, address): the rest stays empty until an officer completes it.
 */
const visitorSchema = new Schema(
  {
    office: { type: String, required: true },
    channel: { type: String, enum: channelSchema.options, default: 'web' },
    name: { type: String, required: true },
    email: { type: String, required: true },
    phone: { type: String, default: '' },
    institution: { type: String, default: '' },
    occupation: { type: String, default: '' },
    purpose: { type: String, enum: purposeSchema.options, required: true },
    consentAt: Date,
    consentVersion: String,
    tokenHash: { type: String, required: true },
    /**
     * When the visitor proved the e-mail is theirs (a data request's one-time code, sent there): from then on the
     * visitor card shows the consultations of every verified guest book with that address at the office.
     */
    emailVerifiedAt: Date,
    /** When the guest book was erased (anonymised): on request, or at the end of its retention. */
    erasedAt: Date,
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
