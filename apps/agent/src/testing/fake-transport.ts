import type { Ack, AgentServerToClientEvents } from '@pst/protocol';
import type {
  AgentTransport,
  ReplyData,
  RequestEvent,
  RequestPayload,
  ServerEvent,
  TransportStatus,
} from '../lib/transport.ts';
import { unreachable } from '../lib/transport.ts';

type Handler = (payload: unknown) => Ack<unknown> | Promise<Ack<unknown>>;

/**
 * An in-memory AgentTransport for unit and component tests: tests answer
 * requests with `handle`, push server events with `emit` and move the
 * connection with `status`. Every request is recorded in `sent`.
 */
export function createFakeTransport() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const statusListeners = new Set<(status: TransportStatus) => void>();
  const handlers = new Map<string, Handler>();
  const sent: { event: string; payload: unknown }[] = [];
  let connected = false;
  let opened = 0;

  const transport: AgentTransport = {
    open: () => {
      opened++;
    },
    close: () => {
      connected = false;
    },
    isConnected: () => connected,
    request: async <E extends RequestEvent>(event: E, payload: RequestPayload<E>) => {
      sent.push({ event, payload });
      if (!connected) return unreachable as Ack<ReplyData<E>>;
      const handler = handlers.get(event);
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `no fake for ${event}` } };
      return (await handler(payload)) as Ack<ReplyData<E>>;
    },
    notify: (event, payload) => {
      sent.push({ event, payload });
    },
    on: <E extends ServerEvent>(event: E, listener: AgentServerToClientEvents[E]) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => {
        set.delete(listener as (payload: unknown) => void);
      };
    },
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };

  return {
    transport,
    sent,
    opened: () => opened,
    /** Answers `event` with `reply(payload)` from now on. */
    handle<E extends RequestEvent>(
      event: E,
      reply: (payload: RequestPayload<E>) => Ack<ReplyData<E>> | Promise<Ack<ReplyData<E>>>,
    ) {
      handlers.set(event, reply as Handler);
    },
    /** A server event, as if it arrived on the socket. */
    emit<E extends ServerEvent>(event: E, payload: Parameters<AgentServerToClientEvents[E]>[0]) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    status(status: TransportStatus) {
      connected = status.kind === 'connected';
      for (const listener of statusListeners) listener(status);
    },
    requests(event: string) {
      return sent.filter((entry) => entry.event === event).map((entry) => entry.payload);
    },
  };
}

export type FakeTransport = ReturnType<typeof createFakeTransport>;
