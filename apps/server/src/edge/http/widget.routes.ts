import { officeCodeSchema } from '@pst/protocol';
import { Router } from 'express';
import type { AppContext } from '../../context.ts';
import { findOffice, officePublic } from '../../domain/offices/office-status.ts';
import { parseInput } from './errors.ts';

/**
 * `GET /api/widget/:officeCode`: what the bubble shows before anything is typed
 * (greeting, open now, next opening, complaint channels). Public, so any host
 * page may read it, without cookies.
 */
export function widgetRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/widget/:officeCode', async (req, res) => {
    const code = parseInput(officeCodeSchema, req.params.officeCode);
    const office = await findOffice(ctx, code);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await officePublic(ctx, office));
  });
  return router;
}
