import type { Ack, ApiError, ErrorCode } from '@pst/protocol';

// Typing over a namespace's event maps from @pst/protocol: C is what the client sends, S what the server sends.
type Fn<F> = F extends (...args: infer A) => void ? (...args: A) => void : never;
type Params<F> = Parameters<Fn<F>>;

/** Client events that answer through an ack. */
export type RequestEvent<C> = {
  [E in keyof C]: Params<C[E]> extends [unknown, (ack: never) => void] ? E : never;
}[keyof C] &
  string;
/** Client events without an ack: fire and forget (typing). */
export type NotifyEvent<C> = { [E in keyof C]: Params<C[E]> extends [unknown] ? E : never }[keyof C] & string;
/** What an event carries: its first argument. */
export type Payload<M, E extends keyof M> = Params<M[E]>[0];
/** The data of a successful request. */
export type RequestData<C, E extends RequestEvent<C>> =
  Params<C[E]> extends [unknown, (ack: Ack<infer T>) => void] ? T : never;

/** Why a request has no answer from the server: never sent (`offline`), or sent and unanswered in time (`timeout`). */
export type NoAnswer = 'offline' | 'timeout';

/** The ack a request gets when the server's never came: UNAVAILABLE, saying why in `noAnswer`. */
export interface Unanswered {
  ok: false;
  error: ApiError & { code: 'UNAVAILABLE' };
  noAnswer: NoAnswer;
}

/** What a request resolves with: the server's ack, or an UNAVAILABLE one when none came. It never rejects. */
export type Reply<T> = Ack<T> | Unanswered;

export function unanswered(noAnswer: NoAnswer): Unanswered {
  const message = noAnswer === 'offline' ? 'Not connected to the server.' : 'No answer from the server in time.';
  return { ok: false, error: { code: 'UNAVAILABLE', message }, noAnswer };
}

export function isUnanswered(reply: Reply<unknown>): reply is Unanswered {
  return 'noAnswer' in reply;
}

/**
 * What the socket reports about itself; each app's connection model turns these into a ConnectionState.
 * - `connected`: requests and events flow.
 * - `lost`: the link dropped; the transport reconnects by itself.
 * - `retrying`: an attempt to connect failed; the transport tries again by itself.
 * - `refused`: the server turned the handshake down (`code` says why when it did, e.g. UNAUTHENTICATED or
 *   ORIGIN_NOT_ALLOWED); nothing retries until `connect` is called again.
 */
export type TransportStatus =
  | { kind: 'connected' }
  | { kind: 'lost' }
  | { kind: 'retrying' }
  | { kind: 'refused'; code?: ErrorCode };

/**
 * What the UIs show of the connection, in both apps:
 * - connecting: the first attempt is under way.
 * - connected: requests and events flow.
 * - reconnecting: the link dropped and is being restored.
 * - offline: the server cannot be reached (the browser has no network, or attempts keep failing), or it refused.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * One Socket.IO namespace as the models use it: a few verbs typed by the protocol's event maps. The real one is
 * `createSocketTransport`; unit tests use `@pst/client/testing`, so no model needs a server.
 */
export interface Transport<C, S, Auth = never> {
  /**
   * Starts connecting, unless a connection is up or under way. `auth` is read on every attempt, so a token saved
   * later is sent on the next reconnect; without it, the last one given is kept.
   */
  connect(auth?: () => Auth): void;
  /** Disconnects for good (sign-out); no status follows. */
  close(): void;
  readonly connected: boolean;
  /**
   * Sends a request and resolves with its ack. While disconnected it answers UNAVAILABLE (`offline`) at once
   * rather than queueing: the models resend by themselves, with the same clientMsgId.
   */
  request<E extends RequestEvent<C>>(event: E, payload: Payload<C, E>): Promise<Reply<RequestData<C, E>>>;
  /** Fire and forget; dropped while disconnected (typing is worthless late). */
  notify<E extends NotifyEvent<C>>(event: E, payload: Payload<C, E>): void;
  on<E extends keyof S & string>(event: E, listener: (payload: Payload<S, E>) => void): () => void;
  onStatus(listener: (status: TransportStatus) => void): () => void;
}
