import type { AgentClientToServerEvents, AgentServerToClientEvents, namespaces } from '@pst/protocol';
import { io, type Socket } from 'socket.io-client';
import { type AgentTransport, type TransportStatus, unreachable } from './transport.ts';

export interface SocketTransportOptions {
  /** Server origin; defaults to the page's own, which also sends the session cookie. */
  origin?: string;
  /** How long a request waits for its ack before it counts as unanswered. Default 10 s. */
  requestTimeoutMs?: number;
}

/** `namespaces.agent`, typed against the protocol; a value import would bundle zod into the app. */
const AGENT_NAMESPACE: (typeof namespaces)['agent'] = '/agent';

type LooseEmitter = {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  emit(event: string, payload: unknown): void;
};

/** The `/agent` namespace through socket.io-client, behind the small AgentTransport interface. */
export function createSocketTransport(options: SocketTransportOptions = {}): AgentTransport {
  const origin = options.origin ?? window.location.origin;
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const socket: Socket<AgentServerToClientEvents, AgentClientToServerEvents> = io(`${origin}${AGENT_NAMESPACE}`, {
    autoConnect: false,
    withCredentials: true,
  });
  const loose = socket as unknown as LooseEmitter;
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const report = (status: TransportStatus) => {
    for (const listener of statusListeners) listener(status);
  };

  socket.on('connect', () => report({ kind: 'connected' }));
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') return;
    report({ kind: 'lost' });
    // Socket.IO does not retry a drop the server chose (logout elsewhere, officer disabled, restart).
    // One more handshake tells an ended session (refused UNAUTHENTICATED) from a restart.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.io.on('reconnect_attempt', () => report({ kind: 'retrying' }));
  socket.on('connect_error', (error) => {
    if (socket.active) {
      report({ kind: 'retrying' });
      return;
    }
    const code = (error as { data?: { code?: unknown } }).data?.code;
    report({ kind: 'refused', code: typeof code === 'string' ? code : 'UNKNOWN' });
  });

  return {
    open: () => {
      socket.connect();
    },
    close: () => {
      statusListeners.clear();
      socket.disconnect();
    },
    isConnected: () => socket.connected,
    request: async (event, payload) => {
      if (!socket.connected) return unreachable;
      try {
        return (await loose.timeout(timeoutMs).emitWithAck(event, payload)) as never;
      } catch {
        return unreachable;
      }
    },
    notify: (event, payload) => {
      if (socket.connected) loose.emit(event, payload);
    },
    on: (event, listener) => {
      socket.on(event, listener as never);
      return () => {
        socket.off(event, listener as never);
      };
    },
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };
}
