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
import { endpoint } from './endpoint.ts';
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
  const adminOnly = [requireOfficer(ctx, mayAdministerOffices)];
  const manager = [requireOfficer(ctx, isSupervisor)];

  endpoint(router, 'listOffices', adminOnly, () => listOffices(ctx));

  endpoint(router, 'createOffice', adminOnly, (req) => createOffice(ctx, parseInput(createOfficeSchema, req.body)));

  endpoint(router, 'getOffice', adminOnly, (req) => getOffice(ctx, parseInput(officeParamsSchema, req.params).code));

  endpoint(router, 'updateOffice', adminOnly, async (req) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    return updateOffice(ctx, code, parseInput(updateOfficeSchema, req.body));
  });

  endpoint(router, 'listOfficers', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const { office } = parseInput(officerListQuerySchema, req.query);
    if (office === undefined && !mayListOfficers(actor, undefined)) {
      throw new AppError('BAD_REQUEST', 'Name the office: ?office=<code>.');
    }
    assertAllowed(mayListOfficers(actor, office));
    return listOfficers(ctx, office);
  });

  endpoint(router, 'createOfficer', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const input = parseInput(createOfficerSchema, req.body);
    assertAllowed(mayCreateOfficer(actor, input));
    return createOfficer(ctx, input);
  });

  endpoint(router, 'updateOfficer', manager, async (req, res) => {
    const actor = signedInOfficer(res);
    const { id } = parseInput(officerParamsSchema, req.params);
    const input = parseInput(updateOfficerSchema, req.body);
    assertAllowed(mayUpdateOfficer(actor, await getOfficer(ctx, id), input));
    return updateOfficer(ctx, id, input);
  });

  return router;
}
