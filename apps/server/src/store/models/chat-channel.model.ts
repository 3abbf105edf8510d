import { chatChannelSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * An office's connected chat app (a Telegram bot, a WhatsApp Business number), apart from the office so its
 * secrets are read only by the channel code. `secretsSealed` is one JSON object sealed under SECRETS_KEY
 * (config/secrets.ts): the bot token and webhook secret, or the access token, app secret and verify token.
 */
const chatChannelSchemaDef = new Schema({
  office: { type: String, required: true },
  channel: { type: String, enum: chatChannelSchema.options, required: true },
  /** The bot's @username, or the WhatsApp phone number id (which the webhook names). */
  account: { type: String, required: true },
  mode: { type: String, enum: ['webhook', 'polling'], required: true },
  secretsSealed: { type: String, required: true },
  /** WhatsApp: the approved template sent outside the 24-hour window. */
  template: { type: new Schema({ name: String, language: String }, { _id: false }) },
  /** Telegram polling: the next update_id to ask for. */
  pollOffset: { type: Number, default: 0 },
  connectedAt: { type: Date, required: true },
  lastError: String,
  lastErrorAt: Date,
});
chatChannelSchemaDef.index({ office: 1, channel: 1 }, { unique: true });
chatChannelSchemaDef.index({ channel: 1, account: 1 });

export type ChatChannelDoc = InferSchemaType<typeof chatChannelSchemaDef>;

export function createChatChannelModel(connection: Connection) {
  return connection.model('ChatChannel', chatChannelSchemaDef);
}
