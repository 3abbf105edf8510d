import { type Connection, Schema } from 'mongoose';

/**
 * One of an officer's places for a concurrent chat (1 … the office's limit),
 * claimed for a conversation before it is assigned to them and released when
 * it leaves them. The unique (officer, slotNo) key keeps the limit across
 * nodes: two nodes assigning at once cannot both take an officer's last
 * place, as FerretDB v1 has no atomic conditional update to count with.
 */
const officerSlotSchema = new Schema({
  officer: { type: Schema.Types.ObjectId, required: true },
  slotNo: { type: Number, required: true },
  conversation: { type: Schema.Types.ObjectId, required: true },
  claimedAt: { type: Date, required: true },
});
officerSlotSchema.index({ officer: 1, slotNo: 1 }, { unique: true });
officerSlotSchema.index({ conversation: 1 });

export function createOfficerSlotModel(connection: Connection) {
  return connection.model('OfficerSlot', officerSlotSchema);
}
