import { FILE_UPLOAD_PATH } from '@pst/protocol';
import type { Request, RequestHandler } from 'express';
import type { AppContext } from '../../context.ts';
import { requestOrigin } from './request-origin.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one endpoint whose body is raw bytes: `application/octet-stream` also needs a CORS preflight. */
function isFileUpload(req: Request): boolean {
  return (
    req.method === 'POST' && req.baseUrl + req.path === FILE_UPLOAD_PATH && req.is('application/octet-stream') !== false
  );
}

function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

/**
 * CSRF defence for the cookie-authenticated API, beyond SameSite=Lax (which
 * lets every port of this host, and top-level form posts, through):
 * - a state-changing request from a browser page must come from one of our
 *   own origins (`requestOrigin`). A request that states no origin at all is
 *   let through: CSRF needs a victim's browser, and browsers send `Origin` (or
 *   at least `Sec-Fetch-Site`) on every state-changing request, so only curl,
 *   the CLI and server-to-server calls arrive without both;
 * - a body must be JSON (or, for a file upload, raw bytes). A form or `text/plain` body is a "simple"
 *   request the browser sends cross-site without a CORS preflight; JSON and octet-stream are not.
 */
export function crossSiteGuard(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    if (requestOrigin(ctx.settings, req.headers) === 'foreign') {
      res.status(403).json({
        error: { code: 'ORIGIN_NOT_ALLOWED', message: 'Requests that change something come only from this server.' },
      });
      return;
    }
    if (hasBody(req.headers) && !req.is('application/json') && !isFileUpload(req)) {
      res.status(415).json({ error: { code: 'BAD_REQUEST', message: 'The body must be JSON (application/json).' } });
      return;
    }
    next();
  };
}
