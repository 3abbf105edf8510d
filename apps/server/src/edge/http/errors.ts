import { type ErrorCode, errorCodes } from '@pst/protocol';
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '../../config/logger.ts';
import { AppError } from '../../errors.ts';

const httpStatus: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ORIGIN_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  UNKNOWN_OFFICE: 404,
  CONFLICT: 409,
  ALREADY_TAKEN: 409,
  ALREADY_RATED: 409,
  CONVERSATION_CLOSED: 409,
  CONVERSATION_NOT_CLOSED: 409,
  OFFICER_UNAVAILABLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Parses with a zod schema or throws BAD_REQUEST naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
  throw new AppError('BAD_REQUEST', `Invalid input. ${fields.join('; ')}`, parsed.error.issues);
}

/** Express error handler: every failure leaves as `{ error: { code, message } }`, never a stack. */
export function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof AppError) {
      res.status(httpStatus[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
      return;
    }
    // express.json() errors: malformed JSON and bodies over the limit.
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: errorCodes.PAYLOAD_TOO_LARGE } });
      return;
    }
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'The body is not valid JSON.' } });
      return;
    }
    logger.error({ err: error }, 'unhandled request error');
    res.status(500).json({ error: { code: 'INTERNAL', message: errorCodes.INTERNAL } });
  };
}
