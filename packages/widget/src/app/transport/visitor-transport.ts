import type {
  Ack,
  ErrorCode,
  VisitorClientToServerEvents,
  VisitorHandshake,
  VisitorServerToClientEvents,
} from '@pst/protocol';

type ClientEvents = VisitorClientToServerEvents;

/** Client events that answer through an ack. */
export type RequestEvent = {
  [E in keyof ClientEvents]: Parameters<ClientEvents[E]> extends [unknown, (ack: never) => void] ? E : never;
}[keyof ClientEvents];
export type RequestPayload<E extends RequestEvent> = Parameters<ClientEvents[E]>[0];
/** The ack of a request: `{ ok: true, data } | { ok: false, error }`. */
export type RequestAck<E extends RequestEvent> = Parameters<Parameters<ClientEvents[E]>[1]>[0];
/** The data of a successful request. */
export type RequestData<E extends RequestEvent> = RequestAck<E> extends Ack<infer T> ? T : never;

export type ServerEvent = keyof VisitorServerToClientEvents;
export type ServerPayload<E extends ServerEvent> = Parameters<VisitorServerToClientEvents[E]>[0];

/** What the socket reports about itself; the connection model turns these into states. */
export type TransportStatus =
  | { kind: 'connected' }
  /** `retrying`: the transport reconnects by itself. */
  | { kind: 'disconnected'; retrying: boolean }
  /** A failed attempt; `code` when the server refused the handshake (e.g. ORIGIN_NOT_ALLOWED). */
  | { kind: 'connect-failed'; code?: ErrorCode };

/** Thrown by `request` when no ack came: `offline` (never sent) or `timeout` (sent, no answer in time). */
export class TransportError extends Error {
  constructor(readonly reason: 'offline' | 'timeout') {
    super(reason === 'offline' ? 'not connected' : 'no answer in time');
  }
}

/**
 * The `/visitor` connection as the widget's models use it. The real one wraps
 * socket.io-client (socket-transport.ts); unit tests pass a fake.
 */
export interface VisitorTransport {
  /** Starts connecting; the handshake reads `auth()` on every attempt, so a new token is used on reconnect. */
  connect(auth: () => VisitorHandshake): void;
  readonly connected: boolean;
  /** Sends a request; resolves with its ack, rejects with TransportError when no ack comes. */
  request<E extends RequestEvent>(event: E, payload: RequestPayload<E>): Promise<RequestAck<E>>;
  /** Fire and forget, dropped when disconnected (typing). */
  notify(event: 'typing:set', payload: Parameters<ClientEvents['typing:set']>[0]): void;
  on<E extends ServerEvent>(event: E, listener: (payload: ServerPayload<E>) => void): () => void;
  onStatus(listener: (status: TransportStatus) => void): () => void;
}
