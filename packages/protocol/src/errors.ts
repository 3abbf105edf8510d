import { z } from 'zod';
import { type ErrorCode, errorCodes } from './constants.ts';

export const errorCodeSchema = z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]);

/** The body of every error, in an acknowledgement or an HTTP response. */
export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The acknowledgement every request-style socket event answers with. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
