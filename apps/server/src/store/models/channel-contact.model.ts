import { chatChannelSchema } from '@pst/protocol';
import { type Connection, type InferSchemaType, Schema } from 'mongoose';

/**
 * A sender on a chat app as the office knows them: where answers go (`chatId`), their guest book once they
 * completed it (`visitor`: a returning sender is not asked again), and the guest-book dialog while it runs.
 */
const channelContactSchema = new Schema(
  {
    office: { type: String, required: true },
    channel: { type: String, enum: chatChannelSchema.options, required: true },
    /** The sender's id on the channel: Telegram user id, WhatsApp number (wa_id). */
    sender: { type: String, required: true },
    chatId: { type: String, required: true },
    visitor: Schema.Types.ObjectId,
    /** The guest-book dialog: the question being asked and the answers so far. */
    dialog: { type: Schema.Types.Mixed },
    /** The visitor's last message: WhatsApp's 24-hour window is counted from it. */
    lastInboundAt: Date,
  },
  { timestamps: true },
);
channelContactSchema.index({ office: 1, channel: 1, sender: 1 }, { unique: true });
channelContactSchema.index({ visitor: 1 });

export type ChannelContactDoc = InferSchemaType<typeof channelContactSchema>;

export function createChannelContactModel(connection: Connection) {
  return connection.model('ChannelContact', channelContactSchema);
}
