import { chatChannelSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * One message sent to a chat app, claimed by its unique `key` (an officer's message id, a rating prompt)
 * before it is sent: an answer leaves once, whichever node or retry sends it.
 */
const channelDeliverySchema = new Schema({
  key: { type: String, required: true },
  office: { type: String, required: true },
  channel: { type: String, enum: chatChannelSchema.options, required: true },
  chatId: { type: String, required: true },
  status: { type: String, enum: ['sending', 'sent', 'failed'], required: true },
  /** The channel's id of the sent message. */
  externalId: String,
  error: String,
  at: { type: Date, required: true },
});
channelDeliverySchema.index({ key: 1 }, { unique: true });

export type ChannelDeliveryDoc = InferSchemaType<typeof channelDeliverySchema>;

export function createChannelDeliveryModel(connection: Connection) {
  return connection.model('ChannelDelivery', channelDeliverySchema);
}
