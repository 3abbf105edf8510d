import { AppError } from '../../errors.ts';
import type { SessionContext } from './sessions.ts';

/** How far back failures count, and how long they are kept. */
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures per e-mail in the window before sign-in is refused, even with the right password. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failures per IP address in the window: many e-mails tried from one place. */
export const MAX_FAILURES_PER_IP = 20;

/**
 * Throws RATE_LIMITED when the e-mail or the IP address has failed too often
 * lately. Counted the same for unknown e-mails, so the answer says nothing
 * about which exist. Count-then-check is not atomic: a burst of parallel
 * guesses may get a few past the limit, which is acceptable for a throttle.
 */
export async function assertLoginAllowed(ctx: SessionContext, email: string, ip: string): Promise<void> {
  const since = new Date(ctx.clock.now().getTime() - LOGIN_FAILURE_WINDOW_MS);
  const { byEmail, byIp } = await ctx.store.sessions.failuresSince(email, ip, since);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError(
      'RATE_LIMITED',
      'Terlalu banyak percobaan masuk; coba lagi dalam 15 menit. / Too many sign-in attempts; try again in 15 minutes.',
    );
  }
}

export async function recordLoginFailure(ctx: SessionContext, email: string, ip: string): Promise<void> {
  const at = ctx.clock.now();
  await ctx.store.sessions.recordFailure(email, ip, at, new Date(at.getTime() + LOGIN_FAILURE_WINDOW_MS));
}

/** Removes failures older than the window; a periodic job calls it. Returns how many went. */
export function deleteExpiredLoginFailures(ctx: SessionContext): Promise<number> {
  return ctx.store.sessions.deleteExpiredFailures(ctx.clock.now());
}
