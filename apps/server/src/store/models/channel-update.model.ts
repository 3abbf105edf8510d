import { chatChannelSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * One inbound update of a chat app (a Telegram update, a WhatsApp message), stored under its unique
 * (channel, external id) before it is processed: a webhook the channel retries is stored, and processed, once.
 */
const channelUpdateSchema = new Schema({
  channel: { type: String, enum: chatChannelSchema.options, required: true },
  externalId: { type: String, required: true },
  office: { type: String, required: true },
  /**
   * The update as the channel sent it (validated by the edge before it was stored), as JSON text: updates hold
   * nested arrays (inline keyboards), which FerretDB v1 cannot store. Emptied once processed: it holds the
   * sender's words, which the conversation keeps (and erasure anonymises); the id alone keeps a retry out.
   */
  payload: { type: String, default: '' },
  status: { type: String, enum: ['received', 'processed', 'failed'], required: true },
  attempts: { type: Number, default: 0 },
  receivedAt: { type: Date, required: true },
  processedAt: Date,
  error: String,
});
channelUpdateSchema.index({ channel: 1, externalId: 1 }, { unique: true });
channelUpdateSchema.index({ status: 1, receivedAt: 1 });

export type ChannelUpdateDoc = InferSchemaType<typeof channelUpdateSchema>;

export function createChannelUpdateModel(connection: Connection) {
  return connection.model('ChannelUpdate', channelUpdateSchema);
}
