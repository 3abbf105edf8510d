import { createSocketTransport, type Transport } from '@pst/client';
import type { VisitorClientToServerEvents, VisitorHandshake, VisitorServerToClientEvents } from '@pst/protocol';
import { namespaces } from '@pst/protocol/constants';

/** The `/visitor` connection as the widget's models use it; unit tests pass `test-support/fake-transport.ts`. */
export type VisitorTransport = Transport<VisitorClientToServerEvents, VisitorServerToClientEvents, VisitorHandshake>;

/** The real transport: socket.io-client on `/visitor` of the page's own origin (the chat server). */
export function visitorTransport(): VisitorTransport {
  return createSocketTransport({
    url: namespaces.visitor,
    socket: {
      // Long polling first costs a weak mobile link extra round trips; WebSocket passes almost everywhere.
      transports: ['websocket', 'polling'],
    },
  });
}
