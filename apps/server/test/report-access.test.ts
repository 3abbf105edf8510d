import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { REPORT_TIME, seedReportData } from './support/report-data.ts';
import { startWorld } from './support/world.ts';

describe('who may read a report', () => {
  it('supervisors their offices, admins any office and all; others NOT_FOUND or FORBIDDEN', async () => {
    const world = await startWorld({ at: REPORT_TIME });
    const data = await seedReportData(world);
    const status = async (cookie: string, query: string) =>
      (await officerApi(world, cookie)('GET', `/api/reports?${query}`)).status;
    const exportStatus = async (cookie: string, query: string) =>
      (await fetch(`${world.url}/api/reports/export?${query}`, { headers: { cookie } })).status;

    expect(await status(data.supervisor5102.cookie, 'period=2026-11&office=5102')).toBe(200);
    // Another office's report does not exist for them; all offices together is admins' only.
    expect(await status(data.supervisor5102.cookie, 'period=2026-11&office=5108')).toBe(404);
    expect(await status(data.supervisor5102.cookie, 'period=2026-11&office=all')).toBe(403);
    expect(await status(data.supervisor5108.cookie, 'period=2026&office=5108')).toBe(200);
    // A plain officer of the office: refused.
    expect(await status(data.officers.ayu.cookie, 'period=2026-11&office=5102')).toBe(403);
    expect(await status(data.admin.cookie, 'period=2026-11&office=5108')).toBe(200);
    expect(await status(data.admin.cookie, 'period=2026&office=all')).toBe(200);
    expect(await status(data.admin.cookie, 'period=2026-11&office=9999')).toBe(404);
    // Bad input, and nobody signed in.
    expect(await status(data.admin.cookie, 'period=2026-13&office=5102')).toBe(400);
    expect(await status(data.admin.cookie, 'office=5102')).toBe(400);
    expect(await status('', 'period=2026-11&office=5102')).toBe(401);
    // The exports follow the same rules.
    expect(await exportStatus(data.supervisor5102.cookie, 'period=2026-11&office=5102&format=csv')).toBe(200);
    expect(await exportStatus(data.supervisor5102.cookie, 'period=2026-11&office=5108&format=xlsx')).toBe(404);
    expect(await exportStatus(data.officers.budi.cookie, 'period=2026-11&office=5102&format=csv')).toBe(403);
    expect(await exportStatus(data.admin.cookie, 'period=2026-11&office=all&format=pdf')).toBe(400);
  });
});
