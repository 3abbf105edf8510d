import type { Payload, RequestEvent } from '@pst/client';
import { createFakeTransport } from '@pst/client/testing';
import type {
  Ack,
  ErrorCode,
  VisitorClientToServerEvents,
  VisitorHandshake,
  VisitorServerToClientEvents,
} from '@pst/protocol';

type ClientEvents = VisitorClientToServerEvents;
type ServerEvents = VisitorServerToClientEvents;

/**
 * A VisitorTransport for unit tests: the test plays the server. Requests go
 * to the responders it registers with `answer` (unanswered in time without
 * one); `push` sends server events; `up`/`down`/`fail` move the connection.
 * `requests` and `notifications` are what reached the server.
 */
export function fakeTransport() {
  const fake = createFakeTransport<ClientEvents, ServerEvents, VisitorHandshake>();
  const delivered = (kind: 'request' | 'notification') =>
    fake.sent
      .filter((entry) => entry.kind === kind && entry.delivered)
      .map(({ event, payload }) => ({ event, payload }));

  return {
    transport: fake.transport,
    get requests() {
      return delivered('request');
    },
    get notifications() {
      return delivered('notification');
    },
    /** The handshake the widget would send now. */
    auth: fake.auth,
    /** How often the widget asked to connect. */
    connects: fake.connects,
    answer<E extends RequestEvent<ClientEvents>>(
      event: E,
      responder: (payload: Payload<ClientEvents, E>) => Ack<unknown> | Promise<Ack<unknown>>,
    ) {
      fake.handle(event, responder as never);
    },
    push: fake.emit,
    up() {
      fake.status({ kind: 'connected' });
    },
    down() {
      fake.status({ kind: 'lost' });
    },
    /** A failed attempt to connect; with a code, the server refused the handshake. */
    fail(code?: ErrorCode) {
      fake.status(code ? { kind: 'refused', code } : { kind: 'retrying' });
    },
  };
}

export type FakeTransport = ReturnType<typeof fakeTransport>;
