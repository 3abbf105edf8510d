import { type Connection, Schema } from 'mongoose';

/**
 * One connected widget (a `/visitor` socket) of a known visitor. Kept in
 * MongoDB like agent tabs (agent-socket.model.ts), so any node can tell
 * whether a queued visitor is still there. A socket that registers a new
 * visitor gets a second record: the key is (socket, visitor).
 */
const visitorSocketSchema = new Schema({
  visitor: { type: Schema.Types.ObjectId, required: true },
  socketId: { type: String, required: true },
  node: { type: String, required: true },
  connectedAt: { type: Date, required: true },
  seenAt: { type: Date, required: true },
  goneAt: Date,
});
visitorSocketSchema.index({ socketId: 1, visitor: 1 }, { unique: true });
visitorSocketSchema.index({ visitor: 1 });
visitorSocketSchema.index({ node: 1 });

export function createVisitorSocketModel(connection: Connection) {
  return connection.model('VisitorSocket', visitorSocketSchema);
}
