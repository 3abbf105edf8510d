import { existsSync } from 'node:fs';
import path from 'node:path';
import { officeCodeSchema } from '@pst/protocol';
import express, { Router } from 'express';
import QRCode from 'qrcode';
import type { AppContext } from '../../context.ts';
import { zoneName } from '../../domain/offices/service-hours.ts';
import { chatPage, chatPageCss } from './chat-page.ts';
import { demoPage } from './demo-page.ts';
import { builtFiles } from './paths.ts';
import { precompressed } from './precompressed.ts';
import { agentAppHeaders, setUiHeaders } from './security-headers.ts';

const LOCAL_ORIGINS = 'http://localhost:* http://127.0.0.1:*';

/**
 * The chat UI's strict CSP, and only the office's own websites may frame it:
 * the browser enforces it through frame-ancestors, so another site cannot
 * embed the widget of an office and collect its visitors' guest books. No
 * X-Frame-Options: it cannot name allowed sites.
 */
function widgetPageHeaders(ctx: AppContext): express.RequestHandler {
  return async (req, res, next) => {
    const code = officeCodeSchema.safeParse(req.query.office);
    const office = code.success ? await ctx.store.offices.byCode(code.data) : undefined;
    const sources = ["'self'", ...(office?.allowedOrigins ?? [])];
    if (ctx.settings.env !== 'production') sources.push(LOCAL_ORIGINS);
    setUiHeaders(res, sources);
    next();
  };
}

/** Vite names files under assets/ by content hash: they never change. Pages revalidate on every load. */
function hashedImmutable(filePath: string): string {
  const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The loader keeps its name across releases, and every host page view asks for it: fresh for 5 minutes,
 * then served from cache while the browser revalidates it by ETag (a 304 when unchanged) for a day.
 */
const LOADER_CACHE = 'public, max-age=300, stale-while-revalidate=86400';

/** A front end's files, compressed copies first, then (for files built after start-up) plain express.static. */
function frontEnd(dir: string): express.RequestHandler[] {
  const fallback = (res: express.Response, file: string) => res.setHeader('Cache-Control', hashedImmutable(file));
  return [precompressed(dir, hashedImmutable), express.static(dir, { setHeaders: fallback })];
}

/** The widget loader and UI, the agent app, and (outside production) the demo host pages. */
export function staticRoutes(ctx: AppContext): Router {
  const router = Router();
  for (const [name, dir] of Object.entries(builtFiles)) {
    if (!existsSync(dir)) throw new Error(`${name} is not built (${dir} missing): run pnpm build`);
  }

  router.get(
    '/widget.js',
    precompressed(builtFiles.widget, () => LOADER_CACHE),
  );
  router.get(['/widget/', '/widget/index.html'], widgetPageHeaders(ctx));
  router.use('/widget', ...frontEnd(builtFiles.widget));
  router.use('/agent', agentAppHeaders, ...frontEnd(builtFiles.agent));
  chatPageRoutes(ctx, router);

  if (ctx.settings.env === 'production') return router;
  router.get('/', (_req, res) => res.redirect('/demo/5102'));
  router.get('/demo', (_req, res) => res.redirect('/demo/5102'));
  router.get('/demo/:officeCode', async (req, res) => {
    const code = officeCodeSchema.safeParse(req.params.officeCode);
    const office = code.success ? await ctx.store.offices.byCode(code.data) : undefined;
    if (!office) {
      res.status(404).type('text').send('No demo page for that office.');
      return;
    }
    res.type('html').send(demoPage(office.code, office.name));
  });
  return router;
}

/** The hosted chat page per office (`/chat/5102`), its stylesheet and its QR code (SVG, for posters). */
function chatPageRoutes(ctx: AppContext, router: Router): void {
  const pageUrl = (code: string) => `${ctx.settings.publicOrigins[0] ?? ''}/chat/${code}`;
  const office = async (raw: string | undefined) => {
    const code = officeCodeSchema.safeParse(raw);
    return code.success ? await ctx.store.offices.byCode(code.data) : undefined;
  };
  router.get('/chat/chat-page.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('css').send(chatPageCss);
  });
  router.get('/chat/:officeCode', async (req, res) => {
    const found = await office(req.params.officeCode);
    if (!found) {
      res.status(404).type('text').send('Kantor tidak dikenal. / Unknown office.');
      return;
    }
    // Not framed by anyone: the page is the chat's own home; the chat UI inside it is framed by 'self'.
    setUiHeaders(res, ["'none'"]);
    res.setHeader('Cache-Control', 'no-cache');
    const page = { ...found, zoneName: zoneName(found.timeZone) };
    res.type('html').send(chatPage(page, pageUrl(found.code)));
  });
  router.get('/chat/:officeCode/qr.svg', async (req, res) => {
    const found = await office(req.params.officeCode);
    if (!found) {
      res.status(404).type('text').send('Kantor tidak dikenal. / Unknown office.');
      return;
    }
    const svg = await QRCode.toString(pageUrl(found.code), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('image/svg+xml').send(svg);
  });
}
