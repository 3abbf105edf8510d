import type { RequestHandler, Response } from 'express';
import type { AppContext } from '../../context.ts';
import { type AuthenticatedOfficer, toAuthenticatedOfficer } from '../../domain/auth/authenticated-officer.ts';
import { findSession } from '../../domain/auth/sessions.ts';
import { AppError } from '../../errors.ts';
import { parseCookies, SESSION_COOKIE } from './cookies.ts';

/**
 * Lets a request through only with a live session cookie, and, when `allowed`
 * (a rule of the access policy) is given, only officers it allows: 401
 * UNAUTHENTICATED without a session, 403 FORBIDDEN for others. The officer is then in `res.locals.officer`
 * (read it with `signedInOfficer(res)`).
 */
export function requireOfficer(ctx: AppContext, allowed?: (officer: AuthenticatedOfficer) => boolean): RequestHandler {
  return async (req, res, next) => {
    try {
      const found = await findSession(ctx, parseCookies(req.headers.cookie)[SESSION_COOKIE]);
      if (!found) return next(new AppError('UNAUTHENTICATED'));
      const officer = toAuthenticatedOfficer(found.officer, found.sessionId);
      if (allowed && !allowed(officer)) return next(new AppError('FORBIDDEN'));
      res.locals.officer = officer;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The officer `requireOfficer` let through. */
export function signedInOfficer(res: Response): AuthenticatedOfficer {
  const officer = res.locals.officer as AuthenticatedOfficer | undefined;
  if (!officer) throw new Error('signedInOfficer() used on a route without requireOfficer()');
  return officer;
}
