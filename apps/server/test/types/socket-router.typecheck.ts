// A type test, checked by `pnpm typecheck` (never run): each @ts-expect-error below must stay an error, or
// tsc fails with "Unused '@ts-expect-error' directive". It proves the socket router derives handler types
// from the protocol's event maps.
import type {
  AgentClientToServerEvents,
  agentEventSchemas,
  VisitorClientToServerEvents,
  visitorEventSchemas,
} from '@pst/protocol';
import type { EventTable, Route } from '../../src/edge/socket/router.ts';

type VisitorRoute<E extends keyof VisitorClientToServerEvents> = Route<
  VisitorClientToServerEvents[E],
  (typeof visitorEventSchemas)[E],
  null
>;

// A request that acks a string where a Message belongs does not compile.
export const wrongAck: VisitorRoute<'message:send'> = {
  // @ts-expect-error the ack of message:send is a Message
  request: async () => 'sent',
};

// The handler sees the parsed payload, typed by the protocol's schema.
export const typedInput: VisitorRoute<'message:send'> = {
  request: async (input) => {
    // @ts-expect-error message:send has no `body`, only `text`
    input.body;
    throw new Error(input.text);
  },
};

// A signal (no ack) cannot be written as a request, nor a request as a signal.
// @ts-expect-error typing:set has no ack
export const signalAsRequest: VisitorRoute<'typing:set'> = { request: async () => null };
// @ts-expect-error read:mark answers with an ack
export const requestAsSignal: VisitorRoute<'read:mark'> = { signal: () => {} };

// A table must name every event of the namespace.
// @ts-expect-error every /agent event needs a route
export const incomplete: EventTable<AgentClientToServerEvents, typeof agentEventSchemas, null> = {
  'inbox:sync': {
    request: async () => ({
      me: undefined as never,
      queue: [],
      mine: [],
      officers: [],
      desks: [],
      reminders: [],
      serverTime: '',
    }),
  },
};
