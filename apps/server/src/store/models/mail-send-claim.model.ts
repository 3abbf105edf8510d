import { type Connection, Schema } from 'mongoose';

/** One attempt to send one mail: the unique (mail, attempt) insert lets exactly one node make it. */
const mailSendClaimSchema = new Schema({
  mail: { type: Schema.Types.ObjectId, required: true },
  attempt: { type: Number, required: true },
  node: { type: String, required: true },
  at: { type: Date, required: true },
});
mailSendClaimSchema.index({ mail: 1, attempt: 1 }, { unique: true });

export function createMailSendClaimModel(connection: Connection) {
  return connection.model('MailSendClaim', mailSendClaimSchema);
}
