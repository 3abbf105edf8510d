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
import {
  assertAllowed,
  isSupervisor,
  mayAdministerOffices,
  mayCreateOfficer,
  mayListOfficers,
  mayUpdateOfficer,
} from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { createOfficer, getOfficer, listOfficers, updateOfficer } from '../../domain/officers/officer.service.ts';
import { createOffice, getOffice, listOffices, updateOffice } from '../../domain/offices/office.service.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });
const officerParamsSchema = z.object({ id: idSchema });
const officerListQuerySchema = z.object({ office: officeCodeSchema.optional() });

/**
 * Office and officer administration under `/api/admin`. Offices: admins only.
 * Officers: admins for any office; supervisors for officers whose offices
 * are all among their own, never making or touching an admin.
 */
export function adminRoutes(ctx: AppContext): Router {
  const router = Router();
  const adminOnly = requireOfficer(ctx, mayAdministerOffices);
  const manager = requireOfficer(ctx, isSupervisor);

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
    if (office === undefined && !mayListOfficers(actor, undefined)) {
      throw new AppError('BAD_REQUEST', 'Name the office: ?office=<code>.');
    }
    assertAllowed(mayListOfficers(actor, office));
    res.json(await listOfficers(ctx, office));
  });

  router.post('/api/admin/officers', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const input = parseInput(createOfficerSchema, req.body);
    assertAllowed(mayCreateOfficer(actor, input));
    res.status(201).json(await createOfficer(ctx, input));
  });

  router.patch('/api/admin/officers/:id', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const { id } = parseInput(officerParamsSchema, req.params);
    const input = parseInput(updateOfficerSchema, req.body);
    assertAllowed(mayUpdateOfficer(actor, await getOfficer(ctx, id), input));
    res.json(await updateOfficer(ctx, id, input));
  });

  return router;
}
