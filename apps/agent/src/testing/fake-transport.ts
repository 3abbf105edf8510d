import { createFakeTransport as createFake } from '@pst/client/testing';
import type { AgentClientToServerEvents, AgentServerToClientEvents } from '@pst/protocol';

/**
 * An in-memory AgentTransport for unit and component tests: tests answer
 * requests with `handle`, push server events with `emit` and move the
 * connection with `status`. Every request is recorded in `sent`; one no
 * handler answers gets INTERNAL.
 */
export function createFakeTransport() {
  const fake = createFake<AgentClientToServerEvents, AgentServerToClientEvents>({
    unhandled: (event) => ({ ok: false, error: { code: 'INTERNAL', message: `no fake for ${event}` } }),
  });
  return {
    transport: fake.transport,
    sent: fake.sent,
    /** How often the app opened the socket. */
    opened: fake.connects,
    handle: fake.handle,
    emit: fake.emit,
    status: fake.status,
    requests: fake.requests,
  };
}

export type FakeTransport = ReturnType<typeof createFakeTransport>;
