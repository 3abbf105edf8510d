import { officeCodeSchema } from '@pst/protocol';
import { Router } from 'express';
import { embedAccepted, embedVerdict } from '../../access/embed-origin.ts';
import type { AppContext } from '../../context.ts';
import { findOffice, officePublic } from '../../domain/offices/office-status.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requestOrigin } from './request-origin.ts';

/**
 * `GET /api/widget/:officeCode`: what the bubble shows before anything is typed
 * (greeting, open now, next opening, complaint channels). Public, so any host
 * page may read it, without cookies. The loader asks from the host page, so
 * the request's `Origin` is that page's: when the office does not allow it,
 * the answer says so, with the line the loader logs for the webmaster.
 */
export function widgetRoutes(ctx: AppContext): Router {
  const router = Router();
  endpoint(router, 'widgetInfo', [], async (req, res) => {
    const office = await findOffice(ctx, parseInput(officeCodeSchema, req.params.officeCode));
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const info = await officePublic(ctx, office);
    const { origin } = req.headers;
    if (!origin || requestOrigin(ctx.settings, req.headers) === 'ours') return info;
    if (embedAccepted(embedVerdict(ctx.settings, office.allowedOrigins, origin))) return info;
    return { ...info, originRefused: webmasterHint(ctx, origin, office.code) };
  });
  return router;
}

/** One plain line for the host page's console: the origin to add, and where. Indonesian first. */
function webmasterHint(ctx: AppContext, origin: string, code: string): string {
  const settings = `${ctx.settings.publicOrigins[0] ?? ''}/agent/#/settings`;
  return (
    `PST LiveChat: ${origin} belum diizinkan memuat chat kantor ${code}; supervisor kantor menambahkannya di ` +
    `${settings} (Pengaturan kantor › Origin yang diizinkan). / ${origin} may not embed the chat of office ` +
    `${code}; the office's supervisor adds it at ${settings} (Office settings › Allowed origins).`
  );
}
