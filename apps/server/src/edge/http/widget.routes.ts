import { officeCodeSchema } from '@pst/protocol';
import { Router } from 'express';
import type { AppContext } from '../../context.ts';
import { findOffice, officePublic } from '../../domain/offices/office-status.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';

/**
 * `GET /api/widget/:officeCode`: what the bubble shows before anything is typed
 * (greeting, open now, next opening, complaint channels). Public, so any host
 * page may read it, without cookies.
 */
export function widgetRoutes(ctx: AppContext): Router {
  const router = Router();
  endpoint(router, 'widgetInfo', [], async (req, res) => {
    const office = await findOffice(ctx, parseInput(officeCodeSchema, req.params.officeCode));
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    return officePublic(ctx, office);
  });
  return router;
}
