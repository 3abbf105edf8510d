import type { Ack, ErrorCode, VisitorHandshake } from '@pst/protocol';
import type {
  RequestEvent,
  RequestPayload,
  ServerEvent,
  ServerPayload,
  TransportStatus,
  VisitorTransport,
} from '../transport/visitor-transport.ts';
import { TransportError } from '../transport/visitor-transport.ts';

type Responder = (payload: never) => Ack<unknown> | Promise<Ack<unknown>>;

/**
 * A VisitorTransport for unit tests: the test plays the server. Requests go
 * to the responders it registers with `answer`; `push` sends server events;
 * `up`/`down` move the connection.
 */
export function fakeTransport() {
  const responders = new Map<string, Responder>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const requests: { event: string; payload: unknown }[] = [];
  const notifications: { event: string; payload: unknown }[] = [];
  let connected = false;
  let auth: (() => VisitorHandshake) | undefined;

  const report = (status: TransportStatus) => {
    for (const listener of statusListeners) listener(status);
  };

  const transport: VisitorTransport = {
    connect(next) {
      auth = next;
    },
    get connected() {
      return connected;
    },
    async request<E extends RequestEvent>(event: E, payload: RequestPayload<E>) {
      if (!connected) throw new TransportError('offline');
      requests.push({ event, payload });
      const responder = responders.get(event);
      if (!responder) throw new TransportError('timeout');
      return (await responder(payload as never)) as never;
    },
    notify(event, payload) {
      if (connected) notifications.push({ event, payload });
    },
    on<E extends ServerEvent>(event: E, listener: (payload: ServerPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => void set.delete(listener as (payload: unknown) => void);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
  };

  return {
    transport,
    requests,
    notifications,
    /** The handshake the widget would send now. */
    auth: () => auth?.(),
    answer<E extends RequestEvent>(
      event: E,
      responder: (payload: RequestPayload<E>) => Ack<unknown> | Promise<Ack<unknown>>,
    ) {
      responders.set(event, responder as Responder);
    },
    push<E extends ServerEvent>(event: E, payload: ServerPayload<E>) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    up() {
      connected = true;
      report({ kind: 'connected' });
    },
    down(retrying = true) {
      connected = false;
      report({ kind: 'disconnected', retrying });
    },
    fail(code?: ErrorCode) {
      report(code ? { kind: 'connect-failed', code } : { kind: 'connect-failed' });
    },
  };
}

export type FakeTransport = ReturnType<typeof fakeTransport>;
