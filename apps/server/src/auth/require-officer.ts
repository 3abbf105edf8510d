import type { Role } from '@pst/protocol';
import type { RequestHandler, Response } from 'express';
import type { AppContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import type { OfficerRecord } from '../officers/officer.service.ts';
import type { AuthenticatedOfficer } from './authenticated-officer.ts';
import { parseCookies, SESSION_COOKIE } from './cookies.ts';
import { findSession } from './sessions.ts';

export function toAuthenticatedOfficer(officer: OfficerRecord, sessionId: string): AuthenticatedOfficer {
  return {
    id: officer._id.toHexString(),
    name: officer.name,
    email: officer.email,
    role: officer.role as Role,
    offices: [...officer.offices],
    sessionId,
  };
}

/**
 * Lets a request through only with a live session cookie, and, when `roles`
 * is given, only for those roles: 401 UNAUTHENTICATED without a session,
 * 403 FORBIDDEN for another role. The officer is then in `res.locals.officer`
 * (read it with `signedInOfficer(res)`).
 */
export function requireOfficer(ctx: AppContext, roles?: Role[]): RequestHandler {
  return async (req, res, next) => {
    try {
      const found = await findSession(ctx, parseCookies(req.headers.cookie)[SESSION_COOKIE]);
      if (!found) return next(new AppError('UNAUTHENTICATED'));
      const officer = toAuthenticatedOfficer(found.officer, found.sessionId);
      if (roles && !roles.includes(officer.role)) return next(new AppError('FORBIDDEN'));
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
