import { isUnanswered, type Reply } from '@pst/client';
import type { ErrorCode } from '@pst/protocol';
import type { VisitorTransport } from './visitor-transport.ts';

/** Why a form could not be sent; each has a sentence in the catalogue (`error.<problem>`). */
export type SubmitProblem = 'notConnected' | 'rateLimited' | 'consentOutdated' | 'failed';
export type Attempt<T> = { ok: true; data: T } | { ok: false; problem: SubmitProblem; code?: ErrorCode };

/**
 * A request a visitor waits for (a form). Pressed while the widget is still connecting (a slow phone network),
 * it waits for the connection (`connected`, when given) and is sent then, so one press is enough; without a
 * connection in prospect the form says so at once instead of spinning. A refusal comes back with a reason the
 * form can show.
 */
export async function attempt<T>(
  transport: VisitorTransport,
  work: () => Promise<Reply<T>>,
  connected?: () => Promise<boolean>,
): Promise<Attempt<T>> {
  if (!transport.connected && !(connected && (await connected()) && transport.connected)) {
    return { ok: false, problem: 'notConnected' };
  }
  const reply = await work();
  if (reply.ok) return reply;
  if (isUnanswered(reply)) return { ok: false, problem: 'notConnected' };
  const code = reply.error.code;
  const problem = code === 'RATE_LIMITED' ? 'rateLimited' : code === 'CONSENT_OUTDATED' ? 'consentOutdated' : 'failed';
  return { ok: false, problem, code };
}
