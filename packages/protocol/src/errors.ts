import { z } from 'zod';

/**
 * Every error code the server can send, in one map. Codes are stable: clients
 * branch on them; messages are for people and may change.
 */
export const errorCodes = {
  BAD_REQUEST: 'The input did not match its schema.',
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'You may not do this.',
  NOT_FOUND: 'No such thing, or not yours.',
  CONFLICT: 'The state changed; reload and try again.',
  ALREADY_TAKEN: 'Another officer took this conversation first.',
  ALREADY_RATED: 'This conversation has been rated already.',
  CONVERSATION_CLOSED: 'This conversation is closed.',
  CONVERSATION_NOT_CLOSED: 'Only a closed conversation can be rated.',
  OFFICER_UNAVAILABLE: 'That officer is not online, or has no room for another chat.',
  ORIGIN_NOT_ALLOWED: 'This website may not embed the chat of that office.',
  UNKNOWN_OFFICE: 'No such office.',
  NOT_REGISTERED: 'Fill the guest book first.',
  RATE_LIMITED: 'Too many requests; slow down.',
  PAYLOAD_TOO_LARGE: 'The input is too large.',
  UNAVAILABLE: 'A dependency is down; try again later.',
  INTERNAL: 'Something went wrong on the server.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export const errorCodeSchema = z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]);

/** The body of every error, in an acknowledgement or an HTTP response. */
export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The acknowledgement every request-style socket event answers with. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
