import { type Ack, errorCodes } from '@pst/protocol';
import type { z } from 'zod';
import type { Logger } from '../config/logger.ts';
import { AppError, parseInput } from '../http/errors.ts';

type AckFn<T> = (ack: Ack<T>) => void;

/** Turns any failure into the error half of an ack; unknown failures are logged, never sent. */
export function toAckError(error: unknown, logger: Logger): Ack<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
  logger.error({ err: error }, 'socket handler failed');
  return { ok: false, error: { code: 'INTERNAL', message: errorCodes.INTERNAL } };
}

/**
 * Wraps a socket request handler: parse the payload with its schema, run,
 * acknowledge `{ ok: true, data }` or `{ ok: false, error }`. A handler never
 * sees unparsed input and never crashes the socket. `guard` runs first (rate
 * limits) and throws AppError to refuse.
 *
 * The ack is the last argument, as Socket.IO passes it: an event sent with no
 * payload, or with extra arguments, is still answered (BAD_REQUEST), never left waiting.
 */
export function withSchema<S extends z.ZodType, T>(
  schema: S,
  logger: Logger,
  handle: (input: z.infer<S>) => Promise<T>,
  guard?: () => void,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const ack = args.at(-1);
    const payloads = typeof ack === 'function' ? args.slice(0, -1) : args;
    const payload = payloads.length === 1 ? payloads[0] : undefined;
    const reply: AckFn<T> = typeof ack === 'function' ? (ack as AckFn<T>) : () => {};
    try {
      guard?.();
      const input = parseInput(schema, payload);
      reply({ ok: true, data: await handle(input) });
    } catch (error) {
      reply(toAckError(error, logger));
    }
  };
}

/** For fire-and-forget events (typing): bad input is dropped silently, with no ack to send. */
export function withSchemaNoAck<S extends z.ZodType>(
  schema: S,
  logger: Logger,
  handle: (input: z.infer<S>) => Promise<void> | void,
): (payload: unknown) => void {
  return (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return;
    Promise.resolve(handle(parsed.data)).catch((error) => logger.warn({ err: error }, 'socket event failed'));
  };
}
