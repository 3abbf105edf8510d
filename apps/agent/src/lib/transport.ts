import type { Ack, AgentClientToServerEvents, AgentServerToClientEvents } from '@pst/protocol';

/** Requests that answer through an ack (everything but typing). */
export type RequestEvent = Exclude<keyof AgentClientToServerEvents, 'typing:set'>;
export type RequestPayload<E extends keyof AgentClientToServerEvents> = Parameters<AgentClientToServerEvents[E]>[0];
export type ReplyData<E extends RequestEvent> =
  Parameters<Parameters<AgentClientToServerEvents[E]>[1]>[0] extends Ack<infer T> ? T : never;
export type ServerEvent = keyof AgentServerToClientEvents;

/**
 * What the connection is doing. `lost` and `retrying` heal by themselves;
 * `refused` means the server turned the handshake down (`code` says why,
 * UNAUTHENTICATED when the session is gone) and nothing retries.
 */
export type TransportStatus =
  | { kind: 'connected' }
  | { kind: 'lost' }
  | { kind: 'retrying' }
  | { kind: 'refused'; code: string };

/**
 * The `/agent` socket as the models see it: a few verbs, typed by the
 * protocol. The Socket.IO implementation is `socket-transport.ts`; unit tests
 * use `fake-transport.ts`, so no model needs a server.
 */
export interface AgentTransport {
  open(): void;
  /** Closes for good (sign-out); no status follows. */
  close(): void;
  isConnected(): boolean;
  /** Sends a request; while disconnected it answers UNAVAILABLE at once rather than queueing. */
  request<E extends RequestEvent>(event: E, payload: RequestPayload<E>): Promise<Ack<ReplyData<E>>>;
  /** Fire and forget, dropped while disconnected (typing is worthless late). */
  notify(event: 'typing:set', payload: RequestPayload<'typing:set'>): void;
  on<E extends ServerEvent>(event: E, listener: AgentServerToClientEvents[E]): () => void;
  onStatus(listener: (status: TransportStatus) => void): () => void;
}

/** The ack a request gets when it could not reach the server. */
export const unreachable: Ack<never> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'Not connected to the server.' },
};
