import { type Ack, errorCodes } from '@pst/protocol';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Logger } from '../../config/logger.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../http/errors.ts';
import { type InFlight, inFlightOf } from './in-flight.ts';

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

interface MountOptions {
  logger: Logger;
  /** Runs before each request (flood control); throws AppError to refuse. */
  limit: () => void;
  /** A request not answered by then gets UNAVAILABLE; the work may still finish (resends are idempotent). */
  deadlineMs: number;
  /** Refusals by `limit` in a row after which the socket is disconnected: it ignores RATE_LIMITED. */
  disconnectAfterRefusals: number;
  /** Requests this node works on at once, over both namespaces; beyond it UNAVAILABLE (retryable). */
  maxInFlight: number;
}

/**
 * Mounts a namespace's table on one socket: each request is rate-limited, its
 * payload parsed with the protocol's schema, and answered `{ ok: true, data }`
 * or `{ ok: false, error }`; a handler never sees unparsed input and never
 * crashes the socket. Signals with bad input are dropped. Any other event is
 * refused with BAD_REQUEST when it asks for an ack, so no caller waits forever.
 */
export function mountEvents<Events, Schemas extends { [E in keyof Events]: z.ZodType }, C>(
  socket: Socket,
  schemas: Schemas,
  table: EventTable<Events, Schemas, C>,
  connection: C,
  options: MountOptions,
): void {
  const inFlight = inFlightOf(socket.nsp.server);
  // The table is typed against the protocol; Socket.IO's own listener types add nothing here.
  const on = (event: string, listener: (...args: unknown[]) => void) => socket.on(event, listener);
  let refusedInARow = 0;
  const limit = () => {
    try {
      options.limit();
      refusedInARow = 0;
    } catch (error) {
      if (++refusedInARow >= options.disconnectAfterRefusals) socket.disconnect(true);
      throw error;
    }
  };
  for (const event of Object.keys(table) as (keyof Events & string)[]) {
    const schema = schemas[event];
    const route = table[event] as { request?: Handler; signal?: Handler };
    if (route.request) on(event, answer(schema, route.request, connection, { ...options, limit }, inFlight));
    else if (route.signal) on(event, drop(schema, route.signal, connection, options.logger));
  }
  socket.onAny((event: string, ...args: unknown[]) => {
    if (Object.hasOwn(table as object, event)) return;
    const ack = args.at(-1);
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'BAD_REQUEST', message: `Unknown event "${event}".` } });
  });
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
  connection: unknown,
  { logger, limit, deadlineMs, maxInFlight }: MountOptions,
  inFlight: InFlight,
) {
  const onShed = () => logger.warn({ maxInFlight }, 'node at capacity: refusing socket requests UNAVAILABLE');
  return async (...args: unknown[]) => {
    const ack = args.at(-1);
    const payloads = typeof ack === 'function' ? args.slice(0, -1) : args;
    const payload = payloads.length === 1 ? payloads[0] : undefined;
    const reply = typeof ack === 'function' ? (ack as (answer: Ack<unknown>) => void) : () => {};
    // The reply is part of the tracked work, so a stopping node closes only after sending it.
    const respond = async () => {
      try {
        limit();
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
function drop(schema: z.ZodType, handle: Handler, connection: unknown, logger: Logger) {
  return (payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return;
    Promise.resolve(handle(parsed.data, connection)).catch((error) => {
      if (!(error instanceof AppError)) logger.warn({ err: error }, 'socket event failed');
    });
  };
}
