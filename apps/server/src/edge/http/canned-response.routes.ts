import { createCannedResponseSchema, idSchema, officeCodeSchema, updateCannedResponseSchema } from '@pst/protocol';
import { type Response, Router } from 'express';
import { z } from 'zod';
import { managesOffice, servesOffice } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import {
  createCannedResponse,
  deleteCannedResponse,
  listCannedResponses,
  updateCannedResponse,
} from '../../domain/canned/canned-response.service.ts';
import { AppError } from '../../errors.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });
const itemParamsSchema = z.object({ code: officeCodeSchema, id: idSchema });

/** Another office is NOT_FOUND; the office's plain officers may read but not write (FORBIDDEN). */
function assertManages(res: Response, code: string): void {
  const officer = signedInOfficer(res);
  if (!servesOffice(officer, code)) throw new AppError('NOT_FOUND');
  if (!managesOffice(officer, code)) throw new AppError('FORBIDDEN');
}

/** `/api/offices/:code/canned-responses`: officers of the office read; its supervisors and admins write. */
export function cannedResponseRoutes(ctx: AppContext): Router {
  const router = Router();
  const signedIn = [requireOfficer(ctx)];

  endpoint(router, 'listCanned', signedIn, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    if (!servesOffice(signedInOfficer(res), code)) throw new AppError('NOT_FOUND');
    return listCannedResponses(ctx, code);
  });

  endpoint(router, 'createCanned', signedIn, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    assertManages(res, code);
    return createCannedResponse(ctx, code, parseInput(createCannedResponseSchema, req.body));
  });

  endpoint(router, 'updateCanned', signedIn, async (req, res) => {
    const { code, id } = parseInput(itemParamsSchema, req.params);
    assertManages(res, code);
    return updateCannedResponse(ctx, code, id, parseInput(updateCannedResponseSchema, req.body));
  });

  endpoint(router, 'deleteCanned', signedIn, async (req, res) => {
    const { code, id } = parseInput(itemParamsSchema, req.params);
    assertManages(res, code);
    await deleteCannedResponse(ctx, code, id);
    return undefined;
  });

  return router;
}
