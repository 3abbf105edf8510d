import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { wita } from '../support/report-data.ts';
import { demoLogin, executablePath, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('evaluation report, in Chromium', () => {
  it('a supervisor opens the monthly report, sees the charts, downloads CSV and XLSX', async () => {
    const demo = await startDemo(wita('2026-12-01 09:00'));
    // Two rated consultations of Tabanan in November 2026.
    for (const [i, score] of [5, 4].entries()) {
      const visitor = await demo.app.models.Visitor.create({
        office: '5102',
        name: `Tamu ${i}`,
        email: `tamu${i}@contoh.id`,
        purpose: 'data',
        tokenHash: `report-e2e-${i}`,
        search: `tamu ${i}`,
      });
      const created = wita(`2026-11-0${i + 2} 09:00`);
      await demo.app.models.Conversation.create({
        office: '5102',
        visitor: visitor._id,
        visitorCard: { name: `Tamu ${i}`, purpose: 'data' },
        status: 'closed',
        question: 'Berapa jumlah penduduk?',
        createdAt: created,
        firstOfficerReplyAt: new Date(created.getTime() + 5 * 60_000),
        closedAt: new Date(created.getTime() + 30 * 60_000),
        closeReason: 'resolved',
        topic: 'data',
        dueAt: wita('2026-11-09 16:00'),
        localMonth: '2026-11',
        rating: { score, comment: `Komentar ${score}`, at: new Date(created.getTime() + 31 * 60_000) },
        audit: [{ at: created, by: { kind: 'visitor' }, to: 'queued', reason: 'started' }],
      });
    }

    const page = await demo.person();
    const account = demoLogin('5102', 0);
    await page.goto(`${demo.url}/agent/`);
    await page.getByTestId('login-email').fill(account.email);
    await page.getByTestId('login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-month').fill('2026-11');
    await page.getByTestId('report-show').click();

    const ratings = page.getByTestId('chart-ratings');
    await expect
      .poll(() => ratings.locator('rect title').allTextContents())
      .toEqual(['1★: 0', '2★: 0', '3★: 0', '4★: 1', '5★: 1']);
    expect(await page.getByTestId('chart-trend').locator('rect').count()).toBe(30);
    expect(await page.getByTestId('report-comments').innerText()).toContain('Komentar 5');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-csv').click()]);
    expect(csv.suggestedFilename()).toBe('laporan-5102-2026-11-conversations.csv');
    const csvBytes = await readFile((await csv.path()) as string);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(3);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('laporan-5102-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    const xlsxBytes = await readFile((await xlsx.path()) as string);
    await workbook.xlsx.load(xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength));
    expect(workbook.getWorksheet('Percakapan')?.rowCount).toBe(3);
    expect(demo.dialogs).toEqual([]);
  });
});
