import { existsSync } from 'node:fs';
import path from 'node:path';
import { officeCodeSchema } from '@pst/protocol';
import express, { Router } from 'express';
import { demoPage } from './demo-page.ts';
import { builtFiles } from './paths.ts';

/** Names the demo pages know before offices are seeded. */
const demoOfficeNames: Record<string, string> = {
  '5100': 'BPS Provinsi Bali',
  '5102': 'BPS Kabupaten Tabanan',
  '5108': 'BPS Kabupaten Buleleng',
  '7406': 'BPS Kabupaten Bombana',
  '7604': 'BPS Kabupaten Mamuju',
};

/** Vite names files under assets/ by content hash: they never change. */
function cacheHashedAssets(res: express.Response, filePath: string): void {
  const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** The widget loader and UI, the agent app, and the demo host pages. */
export function staticRoutes(): Router {
  const router = Router();
  for (const [name, dir] of Object.entries(builtFiles)) {
    if (!existsSync(dir)) throw new Error(`${name} is not built (${dir} missing): run pnpm build`);
  }

  // The loader keeps its name across releases, so it is cached briefly; hashed assets forever.
  router.get('/widget.js', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.sendFile(path.join(builtFiles.widget, 'widget.js'));
  });
  router.use('/widget', express.static(builtFiles.widget, { setHeaders: cacheHashedAssets }));
  router.use('/agent', express.static(builtFiles.agent, { setHeaders: cacheHashedAssets }));

  router.get('/', (_req, res) => res.redirect('/demo/5102'));
  router.get('/demo', (_req, res) => res.redirect('/demo/5102'));
  router.get('/demo/:officeCode', (req, res) => {
    const code = officeCodeSchema.safeParse(req.params.officeCode);
    const name = code.success ? demoOfficeNames[code.data] : undefined;
    if (!code.success || !name) {
      res.status(404).type('text').send('No demo page for that office.');
      return;
    }
    res.type('html').send(demoPage(code.data, name));
  });
  return router;
}
