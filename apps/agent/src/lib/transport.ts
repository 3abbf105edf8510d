import { createSocketTransport, type Transport } from '@pst/client';
import type { AgentClientToServerEvents, AgentServerToClientEvents } from '@pst/protocol';
import { namespaces } from '@pst/protocol/constants';

/** The `/agent` socket as the models see it; unit tests use `testing/fake-transport.ts`. */
export type AgentTransport = Transport<AgentClientToServerEvents, AgentServerToClientEvents>;

export interface AgentTransportOptions {
  /** Server origin; defaults to the page's own, which also sends the session cookie. */
  origin?: string;
  /** How long a request waits for its ack before it counts as unanswered. Default 10 s. */
  requestTimeoutMs?: number;
}

/** The real transport: socket.io-client on `/agent`, authenticated by the session cookie. */
export function createAgentTransport(options: AgentTransportOptions = {}): AgentTransport {
  const origin = options.origin ?? window.location.origin;
  return createSocketTransport({
    url: `${origin}${namespaces.agent}`,
    ...(options.requestTimeoutMs ? { ackTimeoutMs: options.requestTimeoutMs } : {}),
    socket: { withCredentials: true },
  });
}
