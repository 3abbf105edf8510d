import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

/**
 * The baseline: a bare Socket.IO relay with no validation, no storage and no
 * routing. A visitor's `message:send` is acknowledged at once and relayed to
 * the room of the officer handling that conversation. What the full stack costs is measured against this.
 */
export async function startRawRelay(): Promise<{ url: string; close(): Promise<void> }> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  let seq = 0;
  io.of('/agent').on('connection', (socket) => {
    socket.join(String(socket.handshake.auth.conversationId));
  });
  io.of('/visitor').on('connection', (socket) => {
    socket.on('message:send', (payload: { conversationId: string; text: string }, ack: (reply: unknown) => void) => {
      const message = { ...payload, seq: ++seq, at: new Date().toISOString() };
      ack({ ok: true, data: message });
      io.of('/agent').to(payload.conversationId).emit('message:created', message);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => io.close(() => resolve())),
  };
}
