import { createHash, randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import type { AppContext } from '../context.ts';
import type { OfficerRecord } from '../officers/officer.service.ts';

/** What the session functions need: no sockets, so the admin CLI can use them too. */
export type SessionContext = Pick<AppContext, 'models' | 'clock' | 'settings'>;

/** 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A session's id: the SHA-256 (hex) of its token. Only this is stored. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the officer; returns the token for the cookie (never stored). */
export async function createSession(ctx: SessionContext, officerId: Types.ObjectId | string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.models.Session.create({
    _id: sessionIdOf(token),
    officer: officerId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ctx.settings.sessionTtlMs),
  });
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
  const session = await ctx.models.Session.findById(sessionId).lean();
  if (!session || session.expiresAt.getTime() <= ctx.clock.now().getTime()) return undefined;
  const officer = await ctx.models.Officer.findById(session.officer).lean();
  if (!officer || officer.disabled) return undefined;
  return { sessionId, officer };
}

export async function destroySession(ctx: SessionContext, sessionId: string): Promise<void> {
  await ctx.models.Session.deleteOne({ _id: sessionId });
}

/** Ends every session of an officer: after a password reset, or when they are disabled. */
export async function destroyOfficerSessions(ctx: SessionContext, officerId: Types.ObjectId | string): Promise<void> {
  await ctx.models.Session.deleteMany({ officer: officerId });
}

/** Removes expired sessions; a periodic job calls it. Returns how many went. */
export async function deleteExpiredSessions(ctx: SessionContext): Promise<number> {
  const { deletedCount } = await ctx.models.Session.deleteMany({ expiresAt: { $lte: ctx.clock.now() } });
  return deletedCount;
}
