import { idSchema, type OfficePublic, officeCodeSchema } from '@pst/protocol';
import { Router } from 'express';
import { embedAccepted, embedVerdict } from '../../access/embed-origin.ts';
import type { AppContext } from '../../context.ts';
import { faqAnswered, faqOf } from '../../domain/canned/faq.ts';
import { findOffice, officePublic } from '../../domain/offices/office-status.ts';
import { clientAddress } from './client-address.ts';
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
    return { ...info, originRefused: refusal(ctx, origin, office.code) };
  });
  // The FAQ, read and counted from the chat UI (our own origin), before any guest book: no visitor token.
  endpoint(router, 'widgetFaq', [], async (req, res) => {
    const office = await findOffice(ctx, parseInput(officeCodeSchema, req.params.officeCode));
    res.setHeader('Cache-Control', 'no-cache');
    return faqOf(ctx, office.code);
  });
  endpoint(router, 'faqAnswered', [], async (req) => {
    const office = await findOffice(ctx, parseInput(officeCodeSchema, req.params.officeCode));
    await faqAnswered(ctx, office.code, parseInput(idSchema, req.params.id), { ip: clientAddress(req) });
    return undefined;
  });
  return router;
}

/**
 * What a page that may not embed the office's chat gets: the widget's note
 * to the visitor (worded here rather than in the loader, whose 2 KB budget
 * it would break), and one plain line for the page's console naming the
 * origin to add and where. Indonesian first.
 */
function refusal(ctx: AppContext, origin: string, code: string): NonNullable<OfficePublic['originRefused']> {
  const settings = `${ctx.settings.publicOrigins[0] ?? ''}/agent/#/settings`;
  return {
    id: 'Chat tidak tersedia di halaman ini.',
    en: 'Chat is not available on this page.',
    log:
      `PST LiveChat: ${origin} belum diizinkan memuat chat kantor ${code}; supervisor kantor menambahkannya di ` +
      `${settings} (Pengaturan kantor › Origin yang diizinkan). / ${origin} may not embed the chat of office ` +
      `${code}; the office's supervisor adds it at ${settings} (Office settings › Allowed origins).`,
  };
}
