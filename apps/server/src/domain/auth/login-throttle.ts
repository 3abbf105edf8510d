import { AppError } from '../../errors.ts';
import type { SessionContext } from './sessions.ts';

/** How long a failed attempt counts. */
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Attempts per e-mail in the window before sign-in is refused, even with the right password. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Attempts per IP address in the window: many e-mails tried from one place. */
export const MAX_FAILURES_PER_IP = 20;

const THROTTLED =
  'Terlalu banyak percobaan masuk; coba lagi dalam 15 menit. / Too many sign-in attempts; try again in 15 minutes.';

/** An attempt that passed the throttle: `succeeded()` gives its slots back, a failure keeps them for the window. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Lets an attempt through only while the e-mail and the IP address have a
 * free slot, taken before the password is checked: a burst of parallel
 * guesses on any number of nodes gets exactly as many checks as there are
 * slots. Counted the same for unknown e-mails, so the answer says nothing
 * about which exist. Throws RATE_LIMITED otherwise.
 */
export async function beginLoginAttempt(ctx: SessionContext, email: string, ip: string): Promise<LoginAttempt> {
  const at = ctx.clock.now();
  const until = new Date(at.getTime() + LOGIN_FAILURE_WINDOW_MS);
  const { sessions } = ctx.store;
  const emailKey = `email:${email}`;
  const ipKey = `ip:${ip}`;
  const emailSlot = await sessions.claimAttempt(emailKey, MAX_FAILURES_PER_EMAIL, at, until);
  if (emailSlot === undefined) throw new AppError('RATE_LIMITED', THROTTLED);
  const ipSlot = await sessions.claimAttempt(ipKey, MAX_FAILURES_PER_IP, at, until);
  if (ipSlot === undefined) {
    await sessions.releaseAttempt(emailKey, emailSlot);
    throw new AppError('RATE_LIMITED', THROTTLED);
  }
  return {
    succeeded: async () => {
      await sessions.releaseAttempt(emailKey, emailSlot);
      await sessions.releaseAttempt(ipKey, ipSlot);
    },
  };
}

/** Removes attempts older than the window; a periodic job calls it. Returns how many went. */
export function deleteExpiredLoginAttempts(ctx: SessionContext): Promise<number> {
  return ctx.store.sessions.deleteExpiredAttempts(ctx.clock.now());
}
