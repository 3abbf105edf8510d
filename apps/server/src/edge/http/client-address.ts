import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6: what Express's `trust proxy: 'loopback'` trusts. */
function isLoopback(address: string): boolean {
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/**
 * The client's IP address, by the same rule as `req.ip` under the
 * `trust proxy: 'loopback'` app.ts sets: a reverse proxy on this host may say
 * who it forwards (`X-Forwarded-For`, read from the right, past our own
 * proxies), anyone else is taken at their socket's address. Sockets need it
 * too, where Express's `req.ip` does not exist.
 */
export function clientAddress(request: {
  socket: { remoteAddress?: string | undefined };
  headers: IncomingMessage['headers'];
}): string {
  let address = request.socket.remoteAddress ?? 'unknown';
  const header = request.headers['x-forwarded-for'];
  if (!isLoopback(address) || typeof header !== 'string') return address;
  const forwarded = header
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isLoopback(address) && forwarded.length > 0) address = forwarded.pop() as string;
  return address;
}

/**
 * A Socket.IO socket's client address, from its handshake (the HTTP request itself is dropped once the
 * socket has connected: `io.ts`).
 */
export function socketClientAddress(socket: { handshake: { address: string; headers: IncomingMessage['headers'] } }) {
  return clientAddress({ socket: { remoteAddress: socket.handshake.address }, headers: socket.handshake.headers });
}
