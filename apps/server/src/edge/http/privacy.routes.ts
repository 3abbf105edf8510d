import { completeDataRequestSchema, idSchema, isoTimeSchema, officeCodeSchema } from '@pst/protocol';
import { Router } from 'express';
import { z } from 'zod';
import { assertAllowed, isAdmin, isSupervisor, managesOffice } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { findOffice } from '../../domain/offices/office-status.ts';
import { logAccess } from '../../domain/privacy/access-log.ts';
import { completeDataRequest, listDataRequests } from '../../domain/privacy/data-requests.ts';
import { expiringNext } from '../../domain/privacy/erase.ts';
import { privacyNoticeOf } from '../../domain/privacy/notice.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { privacyNoticePage } from './privacy-notice-page.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

const officeParamsSchema = z.object({ code: officeCodeSchema });
const windowSchema = z.object({ from: isoTimeSchema, to: isoTimeSchema });

/**
 * Personal-data duties for staff: the office's queue of visitors' data requests (supervisors of the office),
 * and for admins the staff access log and the list of who is affected in a time window (for a breach notice).
 */
export function privacyRoutes(ctx: AppContext): Router {
  const router = Router();
  const manager = [requireOfficer(ctx, isSupervisor)];
  const adminOnly = [requireOfficer(ctx, isAdmin)];

  endpoint(router, 'listDataRequests', manager, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    const officer = signedInOfficer(res);
    assertAllowed(managesOffice(officer, code));
    await logAccess(ctx, { officer: officer.id, office: code, what: 'data_request' });
    return listDataRequests(ctx, code);
  });

  endpoint(router, 'completeDataRequest', manager, async (req, res) => {
    const id = parseInput(idSchema, req.params.id);
    return completeDataRequest(ctx, signedInOfficer(res), id, parseInput(completeDataRequestSchema, req.body));
  });

  endpoint(router, 'expiringNext', manager, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    assertAllowed(managesOffice(signedInOfficer(res), code));
    return expiringNext(ctx, code);
  });

  // The notice the guest book links to: public, like the widget's office info.
  router.get('/privacy/:officeCode', async (req, res) => {
    const office = await findOffice(ctx, parseInput(officeCodeSchema, req.params.officeCode));
    const lang = req.query.lang === 'en' ? 'en' : 'id';
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(privacyNoticePage(office.name, lang, privacyNoticeOf(office)));
  });

  endpoint(router, 'accessLog', adminOnly, async (req) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    return (await ctx.store.privacy.accessLog(code)).map((entry) => ({
      officerId: entry.officer,
      what: entry.what,
      ...(entry.conversation ? { conversationId: entry.conversation } : {}),
      at: entry.at.toISOString(),
    }));
  });

  endpoint(router, 'affectedVisitors', adminOnly, async (req, res) => {
    const { code } = parseInput(officeParamsSchema, req.params);
    const { from, to } = parseInput(windowSchema, req.query);
    await logAccess(ctx, { officer: signedInOfficer(res).id, office: code, what: 'affected_export' });
    return ctx.store.privacy.visitorsBetween(code, new Date(from), new Date(to));
  });

  return router;
}
