import {
  createOfficerSchema,
  createOfficeSchema,
  idSchema,
  officeCodeSchema,
  updateOfficerSchema,
  updateOfficeSchema,
} from '@pst/protocol';
import { Router } from 'express';
import { z } from 'zod';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import { requireOfficer, signedInOfficer } from '../auth/require-officer.ts';
import type { AppContext } from '../context.ts';
import { AppError, parseInput } from '../http/errors.ts';
import { createOfficer, getOfficer, listOfficers, updateOfficer } from '../officers/officer.service.ts';
import { createOffice, getOffice, listOffices, updateOffice } from '../offices/office.service.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });
const officerParamsSchema = z.object({ id: idSchema });
const officerListQuerySchema = z.object({ office: officeCodeSchema.optional() });

/** Admins manage every office; a supervisor only the offices they serve. */
function mayManageOffices(actor: AuthenticatedOfficer, codes: readonly string[]): boolean {
  return actor.role === 'admin' || codes.every((code) => actor.offices.includes(code));
}

/**
 * Office and officer administration under `/api/admin`. Offices: admins only.
 * Officers: admins for any office; supervisors for officers whose offices
 * are all among their own, never making or touching an admin.
 */
export function adminRoutes(ctx: AppContext): Router {
  const router = Router();
  const adminOnly = requireOfficer(ctx, ['admin']);
  const manager = requireOfficer(ctx, ['admin', 'supervisor']);

  router.get('/api/admin/offices', adminOnly, async (_req, res) => {
    res.json(await listOffices(ctx));
  });

  router.post('/api/admin/offices', adminOnly, async (req, res) => {
    res.status(201).json(await createOffice(ctx, parseInput(createOfficeSchema, req.body)));
  });

  router.get('/api/admin/offices/:code', adminOnly, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    res.json(await getOffice(ctx, code));
  });

  router.patch('/api/admin/offices/:code', adminOnly, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    res.json(await updateOffice(ctx, code, parseInput(updateOfficeSchema, req.body)));
  });

  router.get('/api/admin/officers', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const { office } = parseInput(officerListQuerySchema, req.query);
    if (actor.role !== 'admin') {
      if (office === undefined) throw new AppError('BAD_REQUEST', 'Name the office: ?office=<code>.');
      if (!mayManageOffices(actor, [office])) throw new AppError('FORBIDDEN');
    }
    res.json(await listOfficers(ctx, office));
  });

  router.post('/api/admin/officers', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const input = parseInput(createOfficerSchema, req.body);
    if (actor.role !== 'admin' && (input.role === 'admin' || !mayManageOffices(actor, input.offices))) {
      throw new AppError('FORBIDDEN');
    }
    res.status(201).json(await createOfficer(ctx, input));
  });

  router.patch('/api/admin/officers/:id', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const { id } = parseInput(officerParamsSchema, req.params);
    const input = parseInput(updateOfficerSchema, req.body);
    if (actor.role !== 'admin') {
      const target = await getOfficer(ctx, id);
      const allowed =
        target.role !== 'admin' &&
        target.offices.length > 0 &&
        input.role !== 'admin' &&
        mayManageOffices(actor, target.offices) &&
        mayManageOffices(actor, input.offices ?? []);
      if (!allowed) throw new AppError('FORBIDDEN');
    }
    res.json(await updateOfficer(ctx, id, input));
  });

  return router;
}
