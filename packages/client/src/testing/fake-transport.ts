import type {
  NotifyEvent,
  Payload,
  Reply,
  RequestData,
  RequestEvent,
  Transport,
  TransportStatus,
} from '../transport/transport.ts';
import { unanswered } from '../transport/transport.ts';

type Handler = (payload: never) => Reply<unknown> | Promise<Reply<unknown>>;

export interface FakeTransportOptions {
  /** The reply to a request no handler answers. Default: no answer in time (`timeout`). */
  unhandled?(event: string): Reply<never>;
}

/** One request or notification as the fake saw it; `delivered` is false when it was made while disconnected. */
export interface FakeSent {
  kind: 'request' | 'notification';
  event: string;
  payload: unknown;
  delivered: boolean;
}

/**
 * A Transport for unit and component tests, where the test plays the server: `handle` answers requests,
 * `emit` pushes server events, `status` moves the connection. Everything sent is recorded in `sent`.
 */
export function createFakeTransport<C, S, Auth = never>(options: FakeTransportOptions = {}) {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const sent: FakeSent[] = [];
  let connected = false;
  let connects = 0;
  let auth: (() => Auth) | undefined;

  const transport: Transport<C, S, Auth> = {
    connect(next) {
      connects++;
      if (next) auth = next;
    },
    close() {
      connected = false;
      statusListeners.clear();
    },
    get connected() {
      return connected;
    },
    async request<E extends RequestEvent<C>>(event: E, payload: Payload<C, E>) {
      sent.push({ kind: 'request', event, payload, delivered: connected });
      if (!connected) return unanswered('offline');
      const handler = handlers.get(event);
      if (!handler) return options.unhandled?.(event) ?? unanswered('timeout');
      return (await handler(payload as never)) as Reply<RequestData<C, E>>;
    },
    notify<E extends NotifyEvent<C>>(event: E, payload: Payload<C, E>) {
      sent.push({ kind: 'notification', event, payload, delivered: connected });
    },
    on(event, listener) {
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
    sent,
    /** How often `connect` was called. */
    connects: () => connects,
    /** The handshake `auth` the transport would send now. */
    auth: () => auth?.(),
    /** Answers `event` with `reply(payload)` from now on. */
    handle<E extends RequestEvent<C>>(
      event: E,
      reply: (payload: Payload<C, E>) => Reply<RequestData<C, E>> | Promise<Reply<RequestData<C, E>>>,
    ) {
      handlers.set(event, reply as Handler);
    },
    /** A server event, as if it arrived on the socket. */
    emit<E extends keyof S & string>(event: E, payload: Payload<S, E>) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    status(status: TransportStatus) {
      connected = status.kind === 'connected';
      for (const listener of statusListeners) listener(status);
    },
    /** The payloads of every `event` request made, connected or not. */
    requests(event: string) {
      return sent.filter((entry) => entry.event === event).map((entry) => entry.payload);
    },
  };
}

export type FakeTransport<C, S, Auth = never> = ReturnType<typeof createFakeTransport<C, S, Auth>>;
