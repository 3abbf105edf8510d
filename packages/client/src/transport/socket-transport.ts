import type { ApiError } from '@pst/protocol';
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { type Transport, type TransportStatus, unanswered } from './transport.ts';

export interface SocketTransportOptions {
  /** The namespace's address: `/visitor` on the page's own origin, or a full URL such as `https://chat/agent`. */
  url: string;
  /** How long a request waits for its ack before it counts as unanswered. Default 10 s. */
  ackTimeoutMs?: number;
  /** socket.io-client's own options (transports, credentials, reconnection delays); it never connects by itself. */
  socket?: Partial<ManagerOptions & SocketOptions>;
}

/** The socket without its event typing: the Transport interface types every call instead. */
interface LooseSocket {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  emit(event: string, payload: unknown): void;
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
}

/**
 * Reconnect soon after a drop: a server node that died or restarted is replaced within seconds, and
 * socket.io-client's own growth to 5 s (10 s as the widget had it) was most of the time a visitor waited.
 * The randomisation keeps the clients of a dead node from returning all at once.
 */
const RECONNECT = { reconnectionDelay: 500, reconnectionDelayMax: 3_000, randomizationFactor: 0.5 };

/** A Transport over socket.io-client for one namespace of the chat server. */
export function createSocketTransport<C, S, Auth extends object = never>(
  options: SocketTransportOptions,
): Transport<C, S, Auth> {
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const socket = io(options.url, { ...RECONNECT, ...options.socket, autoConnect: false });
  const loose = socket as unknown as LooseSocket;
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const report = (status: TransportStatus) => {
    for (const listener of statusListeners) listener(status);
  };

  socket.on('connect', () => report({ kind: 'connected' }));
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    report({ kind: 'lost' });
    // Socket.IO does not reconnect after a drop the server chose (signed out elsewhere, officer disabled).
    // One more handshake tells an ended session (refused UNAUTHENTICATED) from a restart.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (error: Error & { data?: Partial<ApiError> }) => {
    if (socket.active) return report({ kind: 'retrying' });
    const code = error.data?.code;
    report(code ? { kind: 'refused', code } : { kind: 'refused' });
  });

  return {
    connect(auth) {
      if (auth) socket.auth = (send) => send({ ...auth() });
      if (!socket.active) socket.connect();
    },
    close() {
      statusListeners.clear();
      socket.disconnect();
    },
    get connected() {
      return socket.connected;
    },
    async request(event, payload) {
      // Socket.IO would buffer the emit until it reconnects; the models resend by themselves, so refuse instead.
      if (!socket.connected) return unanswered('offline');
      try {
        return (await loose.timeout(ackTimeoutMs).emitWithAck(event, payload)) as never;
      } catch {
        // A drop while waiting ends the wait at once; counted as never sent, it goes again on the next connection
        // (a message resent with its clientMsgId is stored once).
        return unanswered(socket.connected ? 'timeout' : 'offline');
      }
    },
    notify(event, payload) {
      if (socket.connected) loose.emit(event, payload);
    },
    on(event, listener) {
      loose.on(event, listener as (payload: unknown) => void);
      return () => loose.off(event, listener as (payload: unknown) => void);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
  };
}
