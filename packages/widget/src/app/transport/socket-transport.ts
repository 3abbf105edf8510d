import type {
  ApiError,
  ErrorCode,
  VisitorClientToServerEvents,
  VisitorHandshake,
  VisitorServerToClientEvents,
} from '@pst/protocol';
import { io, type Socket } from 'socket.io-client';
import { TransportError, type TransportStatus, type VisitorTransport } from './visitor-transport.ts';

/** How long a request waits for its ack before it counts as lost. */
const ACK_TIMEOUT_MS = 10_000;
/** Socket.IO does not retry a handshake the server refused; refusals other than these are worth another try. */
const RETRY_REFUSED_MS = 5_000;
const FINAL_REFUSALS: ErrorCode[] = ['ORIGIN_NOT_ALLOWED', 'UNKNOWN_OFFICE', 'BAD_REQUEST'];

type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
/** The socket without its event typing, for the generic `on` and `request` below. */
interface LooseSocket {
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
  emitWithAck(event: string, payload: unknown): Promise<unknown>;
}

/** The real transport: socket.io-client on `/visitor` of the page's own origin (the chat server). */
export function socketTransport(url = '/visitor'): VisitorTransport {
  let auth: () => VisitorHandshake = () => ({ officeCode: '' });
  const socket: VisitorSocket = io(url, {
    autoConnect: false,
    auth: (cb) => cb({ ...auth() }),
    // Long polling first costs a weak mobile link extra round trips; WebSocket passes almost everywhere.
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 10_000,
  });
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const report = (status: TransportStatus) => {
    for (const listener of statusListeners) listener(status);
  };

  socket.on('connect', () => report({ kind: 'connected' }));
  socket.on('disconnect', () => report({ kind: 'disconnected', retrying: socket.active }));
  socket.on('connect_error', (error: Error & { data?: ApiError }) => {
    const code = error.data?.code;
    report(code ? { kind: 'connect-failed', code } : { kind: 'connect-failed' });
    if (!socket.active && !(code && FINAL_REFUSALS.includes(code))) {
      setTimeout(() => socket.connect(), RETRY_REFUSED_MS);
    }
  });

  return {
    connect(nextAuth) {
      auth = nextAuth;
      if (!socket.active) socket.connect();
    },
    get connected() {
      return socket.connected;
    },
    async request(event, payload) {
      // Socket.IO would buffer the emit until reconnect; the models resend by themselves, so refuse instead.
      if (!socket.connected) throw new TransportError('offline');
      try {
        const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as LooseSocket;
        return (await timed.emitWithAck(event, payload)) as never;
      } catch {
        throw new TransportError(socket.connected ? 'timeout' : 'offline');
      }
    },
    notify(event, payload) {
      if (socket.connected) socket.volatile.emit(event, payload);
    },
    on(event, listener) {
      const loose = socket as unknown as LooseSocket;
      loose.on(event, listener as (payload: unknown) => void);
      return () => loose.off(event, listener as (payload: unknown) => void);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
  };
}
