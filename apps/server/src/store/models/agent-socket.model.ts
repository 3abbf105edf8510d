import { type Connection, Schema } from 'mongoose';

/**
 * One connected agent tab. Kept in MongoDB, not in a node's memory, so every
 * node knows who is connected. A node refreshes `seenAt` of its own sockets;
 * a socket whose node died stops being refreshed and counts as gone.
 */
const agentSocketSchema = new Schema({
  officer: { type: Schema.Types.ObjectId, required: true },
  socketId: { type: String, required: true },
  node: { type: String, required: true },
  connectedAt: { type: Date, required: true },
  seenAt: { type: Date, required: true },
  goneAt: Date,
});
agentSocketSchema.index({ socketId: 1 }, { unique: true });
agentSocketSchema.index({ officer: 1 });
agentSocketSchema.index({ node: 1 });

export function createAgentSocketModel(connection: Connection) {
  return connection.model('AgentSocket', agentSocketSchema);
}
