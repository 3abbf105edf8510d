import { loginSchema } from '@pst/protocol';
import { type Request, Router } from 'express';
import type { AppContext } from '../context.ts';
import { AppError, parseInput } from '../http/errors.ts';
import { toOfficerSelf } from '../officers/officer.service.ts';
import { verifyAgainstDummy, verifyPassword } from '../officers/password.ts';
import { clearedSessionCookie, parseCookies, SESSION_COOKIE, sessionCookie } from './cookies.ts';
import { assertLoginAllowed, recordLoginFailure } from './login-throttle.ts';
import { createSession, destroySession, findSession, sessionIdOf } from './sessions.ts';

/** One answer for an unknown e-mail, a wrong password and a disabled officer: it tells nothing. */
const LOGIN_FAILED = 'E-mail atau kata sandi salah. / Wrong e-mail or password.';

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

  router.post('/api/auth/login', async (req, res) => {
    const { email, password } = parseInput(loginSchema, req.body);
    const ip = req.ip ?? 'unknown';
    // Before the password is checked, so a throttled guess learns nothing, even when right.
    await assertLoginAllowed(ctx, email, ip);

    const officer = await ctx.models.Officer.findOne({ email }).lean();
    const passwordOk = officer
      ? await verifyPassword(officer.passwordHash, password)
      : await verifyAgainstDummy(password);
    if (!officer || !passwordOk || officer.disabled) {
      await recordLoginFailure(ctx, email, ip);
      throw new AppError('UNAUTHENTICATED', LOGIN_FAILED);
    }

    // A new session id on every sign-in (no fixation); the browser's previous session ends, with its tabs.
    const previous = sessionToken(req);
    if (previous) {
      const previousId = sessionIdOf(previous);
      await destroySession(ctx, previousId);
      ctx.realtime.agent.in(`session:${previousId}`).disconnectSockets(true);
    }
    const token = await createSession(ctx, officer._id);
    res.set('Set-Cookie', sessionCookie(ctx.settings, token));
    res.status(200).json(toOfficerSelf(officer));
  });

  router.post('/api/auth/logout', async (req, res) => {
    const token = sessionToken(req);
    if (token) {
      const sessionId = sessionIdOf(token);
      await destroySession(ctx, sessionId);
      ctx.realtime.agent.in(`session:${sessionId}`).disconnectSockets(true);
    }
    res.set('Set-Cookie', clearedSessionCookie(ctx.settings));
    res.status(204).end();
  });

  router.get('/api/auth/me', async (req, res) => {
    const found = await findSession(ctx, sessionToken(req));
    if (!found) throw new AppError('UNAUTHENTICATED');
    res.json(toOfficerSelf(found.officer));
  });

  return router;
}
