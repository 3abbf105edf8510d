import { type ReportQuery, reportExportQuerySchema, reportQuerySchema, rest } from '@pst/protocol';
import { type Response, Router } from 'express';
import { assertAllowed, mayReadReport, servesOffice } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { logAccess } from '../../domain/privacy/access-log.ts';
import { toCsv } from '../../domain/reports/csv.ts';
import {
  commentTable,
  conversationTable,
  ikmTable,
  officerTable,
  officeTable,
} from '../../domain/reports/export-tables.ts';
import { buildReport, reportOf, reportOffices, reportRows } from '../../domain/reports/report.service.ts';
import { toXlsx } from '../../domain/reports/xlsx.ts';
import { AppError } from '../../errors.ts';
import { endpoint } from './endpoint.ts';
import { parseInput } from './errors.ts';
import { requireOfficer, signedInOfficer } from './require-officer.ts';

/**
 * Monthly and yearly evaluation reports, and their exports: an office's supervisors, admins for any office
 * or all together. Another office's report is NOT_FOUND (as everywhere); a plain officer's is FORBIDDEN.
 */
export function reportRoutes(ctx: AppContext): Router {
  const router = Router();
  const signedIn = [requireOfficer(ctx)];

  const assertReadable = (res: Response, query: ReportQuery) => {
    const officer = signedInOfficer(res);
    if (query.office !== 'all' && !servesOffice(officer, query.office)) throw new AppError('NOT_FOUND');
    assertAllowed(mayReadReport(officer, query.office));
  };

  endpoint(router, 'getReport', signedIn, async (req, res) => {
    const query = parseInput(reportQuerySchema, req.query);
    assertReadable(res, query);
    return buildReport(ctx, query);
  });

  // A file, not JSON, so not through endpoint(); the path still comes from the contract.
  router.get(rest.exportReport.path, ...signedIn, async (req, res) => {
    const query = parseInput(reportExportQuerySchema, req.query);
    assertReadable(res, query);
    // An export lists every conversation, so it reads them all; the report alone folds them as they stream.
    const offices = await reportOffices(ctx, query.office);
    const rows = await reportRows(ctx, offices, query.period);
    const report = reportOf(query, offices, rows, ctx.clock.now());
    // An export carries guest books: recorded in each office's access log (UU PDP).
    for (const office of offices)
      await logAccess(ctx, { officer: signedInOfficer(res).id, office: office.code, what: 'export' });
    const visitors = new Map(
      (await ctx.store.visitors.byIds([...new Set(rows.map((row) => row.conversation.visitor))])).map((v) => [v.id, v]),
    );
    const tables = {
      conversations: () => conversationTable(rows, visitors),
      offices: () => officeTable(report),
      officers: () => officerTable(report),
      ikm: () => ikmTable(report),
    };
    const base = `laporan-${query.office}-${query.period}`;
    res.setHeader('cache-control', 'no-store');
    if (query.format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${base}-${query.table}.csv"`);
      res.send(toCsv(tables[query.table]()));
      return;
    }
    const workbook = await toXlsx([
      officeTable(report),
      officerTable(report),
      tables.conversations(),
      commentTable(report),
      ikmTable(report),
    ]);
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('content-disposition', `attachment; filename="${base}.xlsx"`);
    res.send(workbook);
  });

  return router;
}
