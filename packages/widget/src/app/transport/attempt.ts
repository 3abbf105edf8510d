import type { Ack, ErrorCode } from '@pst/protocol';
import { TransportError, type VisitorTransport } from './visitor-transport.ts';

/** Why a form could not be sent; each has a sentence in the catalogue (`error.<problem>`). */
export type SubmitProblem = 'notConnected' | 'rateLimited' | 'failed';
export type Attempt<T> = { ok: true; data: T } | { ok: false; problem: SubmitProblem; code?: ErrorCode };

/**
 * A request a visitor waits for (a form). Not sent without a connection:
 * the form says so at once instead of spinning; a refusal comes back with a
 * reason the form can show.
 */
export async function attempt<T>(transport: VisitorTransport, work: () => Promise<Ack<T>>): Promise<Attempt<T>> {
  if (!transport.connected) return { ok: false, problem: 'notConnected' };
  try {
    const ack = await work();
    if (ack.ok) return ack;
    return { ok: false, problem: ack.error.code === 'RATE_LIMITED' ? 'rateLimited' : 'failed', code: ack.error.code };
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    return { ok: false, problem: 'notConnected' };
  }
}
