import { loginSchema } from '@pst/protocol';
import { type Request, Router } from 'express';
import type { AppContext } from '../../context.ts';
import { findSession } from '../../domain/auth/sessions.ts';
import { signIn, signOut } from '../../domain/auth/sign-in.ts';
import { toOfficerSelf } from '../../domain/officers/officer.service.ts';
import { AppError } from '../../errors.ts';
import { clearedSessionCookie, parseCookies, SESSION_COOKIE, sessionCookie } from './cookies.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';

function sessionToken(req: Request): string | undefined {
  return parseCookies(req.headers.cookie)[SESSION_COOKIE];
}

/** Signing in and out: `/api/auth/login`, `/api/auth/logout`, `/api/auth/me`. */
export function authRoutes(ctx: AppContext): Router {
  const router = Router();

  // Every answer here is about one person's session: never stored by a cache.
  router.use('/api/auth', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  endpoint(router, 'login', [], async (req, res) => {
    const { email, password } = parseInput(loginSchema, req.body);
    const ip = req.ip ?? 'unknown';
    const { token, officer } = await signIn(ctx, { email, password, ip, previousToken: sessionToken(req) });
    res.set('Set-Cookie', sessionCookie(ctx.settings, token));
    return toOfficerSelf(officer);
  });

  endpoint(router, 'logout', [], async (req, res) => {
    await signOut(ctx, sessionToken(req));
    res.set('Set-Cookie', clearedSessionCookie(ctx.settings));
    return undefined;
  });

  endpoint(router, 'me', [], async (req) => {
    const found = await findSession(ctx, sessionToken(req));
    if (!found) throw new AppError('UNAUTHENTICATED');
    return toOfficerSelf(found.officer);
  });

  return router;
}
