import { type ErrorCode, errorCodes } from '@pst/protocol';

/** A failure with a stable code, thrown by the domain and the store, turned into an HTTP error or an ack at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
