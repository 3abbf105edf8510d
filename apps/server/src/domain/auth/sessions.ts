import { createHash, randomBytes } from 'node:crypto';
import type { Id, OfficerRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/** What the session functions need: no sockets, so the admin CLI can use them too. */
export type SessionContext = Pick<DomainContext, 'store' | 'clock' | 'settings' | 'events'>;

/** 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A session's id: the SHA-256 (hex) of its token. Only this is stored. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the officer; returns the token for the cookie (never stored). */
export async function createSession(ctx: SessionContext, officerId: Id): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.store.sessions.create(
    sessionIdOf(token),
    officerId,
    now,
    new Date(now.getTime() + ctx.settings.sessionTtlMs),
  );
  return token;
}

/**
 * The live session a token names, with its officer. An expired session, one
 * whose officer is gone or disabled, and a malformed token all count as none.
 */
export async function findSession(
  ctx: SessionContext,
  token: string | undefined,
): Promise<{ sessionId: string; officer: OfficerRecord } | undefined> {
  if (!token || !TOKEN_PATTERN.test(token)) return undefined;
  const sessionId = sessionIdOf(token);
  const session = await ctx.store.sessions.byId(sessionId);
  if (!session || session.expiresAt.getTime() <= ctx.clock.now().getTime()) return undefined;
  const officer = await ctx.store.officers.byId(session.officer);
  if (!officer || officer.disabled) return undefined;
  return { sessionId, officer };
}

/** Ends a session; its open agent tabs close. */
export async function endSession(ctx: SessionContext, sessionId: string): Promise<void> {
  await ctx.store.sessions.delete(sessionId);
  ctx.events.emit({ type: 'session.ended', sessionId });
}

/** Ends every session of an officer: after a password reset, or when they are disabled. */
export async function destroyOfficerSessions(ctx: SessionContext, officerId: Id): Promise<void> {
  await ctx.store.sessions.deleteOfOfficer(officerId);
}

/** Removes expired sessions; a periodic job calls it. Returns how many went. */
export function deleteExpiredSessions(ctx: SessionContext): Promise<number> {
  return ctx.store.sessions.deleteExpired(ctx.clock.now());
}
