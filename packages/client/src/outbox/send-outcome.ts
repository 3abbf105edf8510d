import type { Message } from '@pst/protocol';
import { isUnanswered, type Reply } from '../transport/transport.ts';
import type { SendOutcome } from './outbox.ts';

export interface SendOutcomeOptions {
  /**
   * The agent app's rule, kept as it was: any UNAVAILABLE (unanswered in time, or the server's own) waits,
   * `sending`, for the next connection. Without it (the widget): only a message that never left waits; one sent
   * but unanswered in time shows failed, with a retry, rather than waiting without end.
   */
  waitWhenUnavailable?: boolean;
}

/** How a `message:send` went, from its reply. A refusal keeps the server's code, to say why. */
export function sendOutcome(reply: Reply<Message>, options: SendOutcomeOptions = {}): SendOutcome {
  if (reply.ok) return { kind: 'sent', message: reply.data };
  if (isUnanswered(reply) && reply.noAnswer === 'offline') return { kind: 'lost' };
  if (options.waitWhenUnavailable && reply.error.code === 'UNAVAILABLE') return { kind: 'lost' };
  return isUnanswered(reply) ? { kind: 'refused' } : { kind: 'refused', error: reply.error.code };
}
