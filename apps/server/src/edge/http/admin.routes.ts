import {
  createOfficerSchema,
  createOfficeSchema,
  idSchema,
  officeCodeSchema,
  originCheckQuerySchema,
  updateOfficerSchema,
  updateOfficeSchema,
} from '@pst/protocol';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { embedAccepted, embedVerdict, pageOrigin } from '../../access/embed-origin.ts';
import {
  assertAllowed,
  isSupervisor,
  managesOffice,
  mayAdministerOffices,
  mayChangeOfficeSettings,
  mayConfigureOffice,
  mayCreateOfficer,
  mayListOfficers,
  mayUpdateOfficer,
} from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { createOfficer, getOfficer, listOfficers, updateOfficer } from '../../domain/officers/officer.service.ts';
import { createOffice, getOffice, listOffices, officeAudit } from '../../domain/offices/office.service.ts';
import { changeOfficeSettings } from '../../domain/offices/office-settings.ts';
import { AppError } from '../../errors.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });
const officerParamsSchema = z.object({ id: idSchema });
const officerListQuerySchema = z.object({ office: officeCodeSchema.optional() });

/**
 * Office and officer administration under `/api/admin`. Offices: admins
 * create them and see all; supervisors read and change the settings of their
 * own (not name or time zone), and read their audit. Officers: admins for any
 * office; supervisors for officers whose offices are all among their own,
 * never making or touching an admin.
 */
export function adminRoutes(ctx: AppContext): Router {
  const router = Router();
  const adminOnly = [requireOfficer(ctx, mayAdministerOffices)];
  const manager = [requireOfficer(ctx, isSupervisor)];

  endpoint(router, 'listOffices', manager, async (_req, res) => {
    const actor = signedInOfficer(res);
    return (await listOffices(ctx)).filter((office) => managesOffice(actor, office.code));
  });

  endpoint(router, 'createOffice', adminOnly, (req) => createOffice(ctx, parseInput(createOfficeSchema, req.body)));

  /** The office named in the path, once the actor may configure it. */
  const configurable = (req: Request, res: Response) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    assertAllowed(mayConfigureOffice(signedInOfficer(res), code));
    return code;
  };

  endpoint(router, 'getOffice', manager, (req, res) => getOffice(ctx, configurable(req, res)));

  endpoint(router, 'updateOffice', manager, async (req, res) => {
    const code = configurable(req, res);
    const actor = signedInOfficer(res);
    const input = parseInput(updateOfficeSchema, req.body);
    assertAllowed(mayChangeOfficeSettings(actor, code, input));
    return changeOfficeSettings(ctx, code, input, { kind: 'officer', id: actor.id, name: actor.name });
  });

  endpoint(router, 'officeAudit', manager, (req, res) => officeAudit(ctx, configurable(req, res)));

  endpoint(router, 'checkOrigin', manager, async (req, res) => {
    const office = await getOffice(ctx, configurable(req, res));
    const { url } = parseInput(originCheckQuerySchema, req.query);
    const origin = pageOrigin(url);
    if (!origin) return { accepted: false, reason: 'invalid' };
    const reason = embedVerdict(ctx.settings, office.allowedOrigins, origin);
    return { origin, accepted: embedAccepted(reason), reason };
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
