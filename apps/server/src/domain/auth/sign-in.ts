import { AppError } from '../../errors.ts';
import type { OfficerRecord } from '../../store/records.ts';
import { verifyAgainstDummy, verifyPassword } from '../officers/password.ts';
import { beginLoginAttempt } from './login-throttle.ts';
import { createSession, endSession, type SessionContext, sessionIdOf } from './sessions.ts';

/** One answer for an unknown e-mail, a wrong password and a disabled officer: it tells nothing. */
const LOGIN_FAILED = 'E-mail atau kata sandi salah. / Wrong e-mail or password.';

/**
 * Checks the password (throttled per e-mail and IP address) and starts a new
 * session; the browser's previous session, if any, ends with its tabs (a new
 * session id on every sign-in: no fixation).
 */
export async function signIn(
  ctx: SessionContext,
  input: { email: string; password: string; ip: string; previousToken?: string | undefined },
): Promise<{ token: string; officer: OfficerRecord }> {
  // Before the password is checked, so a throttled guess learns nothing, even when right.
  const attempt = await beginLoginAttempt(ctx, input.email, input.ip);
  const officer = await ctx.store.officers.byEmail(input.email);
  const passwordOk = officer
    ? await verifyPassword(officer.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!officer || !passwordOk || officer.disabled) throw new AppError('UNAUTHENTICATED', LOGIN_FAILED);
  await attempt.succeeded();
  if (input.previousToken) await endSession(ctx, sessionIdOf(input.previousToken));
  return { token: await createSession(ctx, officer.id), officer };
}

/** Ends the session the token names, if any. */
export async function signOut(ctx: SessionContext, token: string | undefined): Promise<void> {
  if (token) await endSession(ctx, sessionIdOf(token));
}
