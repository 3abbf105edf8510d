import type { EventEmitter } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
} from '@pst/protocol';
import { namespaces } from '@pst/protocol';
import { createAdapter } from '@socket.io/redis-adapter';
import { type Namespace, Server } from 'socket.io';
import type { RedisClients } from './redis.ts';

/** Socket.IO payloads are small chat messages; far below 1 MB keeps floods cheap. */
export const MAX_HTTP_BUFFER_SIZE = 64 * 1024;

export interface Realtime {
  io: Server;
  visitor: Namespace<VisitorClientToServerEvents, VisitorServerToClientEvents>;
  agent: Namespace<AgentClientToServerEvents, AgentServerToClientEvents>;
}

/** Socket.IO on the HTTP server, with the Redis adapter when Redis is configured. */
export function createRealtime(httpServer: HttpServer, redis?: RedisClients): Realtime {
  const io = new Server(httpServer, {
    maxHttpBufferSize: MAX_HTTP_BUFFER_SIZE,
    serveClient: false,
    ...(redis ? { adapter: createAdapter(redis.pub, redis.sub) } : {}),
  });
  const realtime = { io, visitor: io.of(namespaces.visitor), agent: io.of(namespaces.agent) };
  for (const namespace of [realtime.visitor, realtime.agent]) namespace.on('connection', dropHandshakeRequest);
  return realtime;
}

/**
 * Once a socket has connected, nothing reads its HTTP request again (the handshake's copy of the headers and
 * address is all the handlers use), so the connection stops holding it: less heap per idle socket. A second
 * namespace on the same connection would see no headers, and be refused; our clients use one each.
 */
function dropHandshakeRequest(socket: { conn: unknown }): void {
  (socket.conn as { request: unknown }).request = null;
}

/**
 * Disconnects this node's sockets so each first flushes what it still has to
 * send (its last answers), and resolves when their connections have closed,
 * or after `ms`. `io.close()` alone would discard unsent packets.
 */
export async function disconnectGently({ io, visitor, agent }: Realtime, ms: number): Promise<void> {
  // engine.io keeps its open connections in `clients`, typed protected but documented as public.
  const { clients } = io.engine as unknown as { clients: Record<string, EventEmitter> };
  const connections = Object.values(clients);
  const closed = connections.map((connection) => new Promise((resolve) => connection.once('close', resolve)));
  for (const namespace of [visitor, agent]) namespace.local.disconnectSockets(true);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(closed), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
