import { type Ack, errorCodes } from '@pst/protocol';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Logger } from '../../config/logger.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../http/errors.ts';
import { inFlightOf } from './in-flight.ts';

/** What an event's ack carries; `undefined` for a signal (an event sent without an ack, like typing). */
export type AckOf<F> = F extends (...args: infer A) => void
  ? A extends [unknown, (ack: Ack<infer T>) => void]
    ? T
    : undefined
  : never;

/**
 * How one event is handled, derived from the protocol's event map: a request
 * must resolve with exactly the type its ack declares, or `pnpm typecheck`
 * fails; a signal returns nothing.
 */
export type Route<F, S extends z.ZodType, C> = [AckOf<F>] extends [undefined]
  ? { signal: (input: z.output<S>, connection: C) => void | Promise<void> }
  : { request: (input: z.output<S>, connection: C) => Promise<AckOf<F>> };

/** One namespace: every event the protocol declares, and nothing else. */
export type EventTable<Events, Schemas extends { [E in keyof Events]: z.ZodType }, C> = {
  [E in keyof Events]: Route<Events[E], Schemas[E], C>;
};

interface RouterOptions {
  logger: Logger;
  /** Runs before each request (flood control) of this socket; throws AppError to refuse. */
  limit: (socket: Socket) => void;
  /** A request not answered by then gets UNAVAILABLE; the work may still finish (resends are idempotent). */
  deadlineMs: number;
  /** Refusals by `limit` in a row after which the socket is disconnected: it ignores RATE_LIMITED. */
  disconnectAfterRefusals: number;
  /** Requests this node works on at once, over both namespaces; beyond it UNAVAILABLE (retryable). */
  maxInFlight: number;
}

/**
 * A namespace's table, made once: `mount` puts it on each socket. Each request is rate-limited, its payload
 * parsed with the protocol's schema, and answered `{ ok: true, data }` or `{ ok: false, error }`; a handler
 * never sees unparsed input and never crashes the socket. Signals with bad input are dropped. Any other event
 * is refused with BAD_REQUEST when it asks for an ack, so no caller waits forever.
 *
 * A socket holds one shared catch-all listener and an entry in a WeakMap, not a closure per event: idle
 * visitor sockets are most of a node's heap (bench/idle-sockets.ts).
 */
export function eventRouter<Events, Schemas extends { [E in keyof Events]: z.ZodType }, C>(
  schemas: Schemas,
  table: EventTable<Events, Schemas, C>,
  options: RouterOptions,
): (socket: Socket, connection: C) => void {
  const connections = new WeakMap<Socket, C>();
  /** Refusals in a row, for the sockets that have any. */
  const refusals = new WeakMap<Socket, number>();
  const limit = (socket: Socket) => {
    try {
      options.limit(socket);
      refusals.delete(socket);
    } catch (error) {
      const refused = (refusals.get(socket) ?? 0) + 1;
      refusals.set(socket, refused);
      if (refused >= options.disconnectAfterRefusals) socket.disconnect(true);
      throw error;
    }
  };
  const routes = new Map<string, (socket: Socket, connection: C, args: unknown[]) => unknown>();
  for (const event of Object.keys(table) as (keyof Events & string)[]) {
    const schema = schemas[event];
    const route = table[event] as { request?: Handler; signal?: Handler };
    if (route.request) routes.set(event, answer(schema, route.request, { ...options, limit }));
    else if (route.signal) routes.set(event, drop(schema, route.signal, options.logger));
  }
  // Socket.IO calls a catch-all listener with the socket as `this`, the ack (if any) last.
  function dispatch(this: Socket, event: string, ...args: unknown[]) {
    const route = routes.get(event);
    const connection = connections.get(this);
    if (route && connection !== undefined) {
      route(this, connection, args);
      return;
    }
    const ack = args.at(-1);
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'BAD_REQUEST', message: `Unknown event "${event}".` } });
  }
  return (socket, connection) => {
    connections.set(socket, connection);
    socket.onAny(dispatch);
  };
}

type Handler = (input: unknown, connection: unknown) => unknown;

/** Turns any failure into the error half of an ack; unknown failures are logged, never sent. */
export function toAckError(error: unknown, logger: Logger): Ack<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
  logger.error({ err: error }, 'socket handler failed');
  return { ok: false, error: { code: 'INTERNAL', message: errorCodes.INTERNAL } };
}

/**
 * The ack is the last argument, as Socket.IO passes it: an event sent with no
 * payload, or with extra arguments, is still answered (BAD_REQUEST).
 */
function answer(
  schema: z.ZodType,
  handle: Handler,
  { logger, limit, deadlineMs, maxInFlight }: Omit<RouterOptions, 'limit'> & { limit: (socket: Socket) => void },
) {
  const onShed = () => logger.warn({ maxInFlight }, 'node at capacity: refusing socket requests UNAVAILABLE');
  return async (socket: Socket, connection: unknown, args: unknown[]) => {
    const inFlight = inFlightOf(socket.nsp.server);
    const ack = args.at(-1);
    const payloads = typeof ack === 'function' ? args.slice(0, -1) : args;
    const payload = payloads.length === 1 ? payloads[0] : undefined;
    const reply = typeof ack === 'function' ? (ack as (answer: Ack<unknown>) => void) : () => {};
    // The reply is part of the tracked work, so a stopping node closes only after sending it.
    const respond = async () => {
      try {
        limit(socket);
        const input = parseInput(schema, payload);
        const work = inFlight.track(Promise.resolve(handle(input, connection)));
        reply({ ok: true, data: await withinDeadline(work, deadlineMs, logger) });
      } catch (error) {
        reply(toAckError(error, logger));
      }
    };
    await inFlight.run(respond, maxInFlight, onShed).catch((error: unknown) => reply(toAckError(error, logger)));
  };
}

/** The work's result, or UNAVAILABLE once `ms` have passed; a late failure is still logged. */
function withinDeadline<T>(work: Promise<T>, ms: number, logger: Logger): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      work.catch((error) => logger.warn({ err: error }, 'socket request failed after its deadline'));
      reject(new AppError('UNAVAILABLE', 'Server sedang sibuk; coba lagi. / The server is busy; try again.'));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * For signals: bad input is dropped silently, with no ack to send; so is a
 * refused one (an AppError: not found, not allowed), which is the sender's
 * mistake, not the server's. Only an unexpected failure is logged.
 */
function drop(schema: z.ZodType, handle: Handler, logger: Logger) {
  return (_socket: Socket, connection: unknown, args: unknown[]) => {
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) return;
    Promise.resolve(handle(parsed.data, connection)).catch((error) => {
      if (!(error instanceof AppError)) logger.warn({ err: error }, 'socket event failed');
    });
  };
}
