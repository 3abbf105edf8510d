import { type Report, type ReportFigures, reportSchema } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
import { REPORT_TIME, seedReportData } from './support/report-data.ts';
import { startWorld } from './support/world.ts';

// Every figure below is computed by hand from the data set in support/report-data.ts (c1…c10).
// Working minutes count only 08:00–16:00 WITA, Monday to Friday. Median and p90 are nearest rank:
// the value at position ceil(p × n) of the sorted values.

async function readReport(period: string, office: string, as: 'supervisor' | 'admin' = 'supervisor') {
  const world = await startWorld({ at: REPORT_TIME });
  const data = await seedReportData(world);
  const cookie = as === 'admin' ? data.admin.cookie : data.supervisor5102.cookie;
  const answer = await officerApi(world, cookie)<Report>('GET', `/api/reports?period=${period}&office=${office}`);
  expect(answer.status).toBe(200);
  return { report: reportSchema.parse(answer.body), data };
}

const officerFigures = (report: Report, name: string) => {
  const found = report.officers.find((officer) => officer.name === name);
  if (!found) throw new Error(`no officer ${name}`);
  return found.figures;
};

describe('the monthly report of one office (5102, November 2026: c1…c8)', () => {
  it('counts, times, deadline, ratings and queue, each by hand', async () => {
    const { report } = await readReport('2026-11', '5102');
    const expected: ReportFigures = {
      consultations: {
        total: 8,
        // Started as live chats: c1 c2 c4 c5 c6 c8; offline message c3, e-mail c7.
        live: 6,
        offline: 2,
        byPurpose: { data: 5, metadata: 1, klasifikasi: 1, lainnya: 1 },
        // Topics at close: c1 data, c2 metadata, c3 klasifikasi, c8 lainnya; none: c4 (auto-closed), c5 c7 (open), c6.
        byTopic: { data: 1, metadata: 1, klasifikasi: 1, lainnya: 1, none: 4 },
        byChannel: { web: 7, email: 1, telegram: 0, whatsapp: 0 },
        // Mon c1 c2 c7 c8, Tue c4, Wed c5, Thu c6, Fri c3.
        byWeekday: [4, 1, 1, 1, 1, 0, 0],
        // 09 c1 c8, 10 c2, 11 c4, 14 c5, 15 c6, 17 c3, 20 c7.
        byHour: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0],
      },
      times: {
        // c1 5, c2 20, c3 Fri 17:00 → Mon 08:40 = 40, c4 3, c8 10 → [3 5 10 20 40]: rank 3 = 10, rank 5 = 40.
        firstResponse: { count: 5, median: 10, p90: 40 },
        // Resolved: c1 35; c2 Mon 10:00 → Tue 09:00 = 360 + 60 = 420; c3 Fri 17:00 → Fri 13 Nov 09:00 =
        // 4 × 480 + 60 = 1980; c8 60 → [35 60 420 1980]: rank 2 = 60, rank 4 = 1980.
        resolution: { count: 4, median: 60, p90: 1980 },
        // Met: c1 c2 c8 (closed before due), c4 (officer's last message before due); missed c3 (due Thu 12
        // Nov 16:00, closed Fri 13); overdue c7 (open, due 20 Nov); not judged: c5 c6 (abandoned).
        deadlineJudged: 6,
        deadlineMet: 4,
        withinDeadlineShare: 4 / 6,
        overdue: 2,
        autoClosed: 1,
      },
      ratings: {
        // c1 5, c2 4, c3 2, c8 5; closed: c1 c2 c3 c4 c6 c8.
        count: 4,
        distribution: [0, 1, 0, 1, 2],
        average: 4,
        satisfiedShare: 3 / 4,
        closed: 6,
        responseRate: 4 / 6,
      },
      queue: {
        // First assignment of live chats not abandoned: c1 120 s, c2 600 s, c4 60 s, c8 30 s → [30 60 120 600].
        wait: { count: 4, median: 60, p90: 600 },
        // c5 left the queue (became an offline message), c6 closed by the visitor, both unanswered.
        abandoned: 2,
      },
      // Nobody was asked the IKM survey.
      ikm: { count: 0 },
    };
    expect(report.total).toEqual(expected);
    expect(report.offices).toEqual([{ code: '5102', name: 'BPS 5102', figures: expected }]);
    expect(report.title).toBe('BPS 5102');
    // The settable clock runs on from REPORT_TIME.
    expect(Date.parse(report.generatedAt) - REPORT_TIME.getTime()).toBeGreaterThanOrEqual(0);
  });

  it('per officer: Ayu (c1 c2 c7) and Budi (c3 c4 c8)', async () => {
    const { report } = await readReport('2026-11', '5102');
    expect(report.officers.map((officer) => officer.name)).toEqual(['Ayu Lestari', 'Budi Santoso']);
    const ayu = officerFigures(report, 'Ayu Lestari');
    expect(ayu.consultations).toMatchObject({ total: 3, live: 2, offline: 1, byChannel: { web: 2, email: 1 } });
    expect(ayu.times).toEqual({
      firstResponse: { count: 2, median: 5, p90: 20 },
      resolution: { count: 2, median: 35, p90: 420 },
      deadlineJudged: 3,
      deadlineMet: 2,
      withinDeadlineShare: 2 / 3,
      overdue: 1,
      autoClosed: 0,
    });
    expect(ayu.ratings).toEqual({
      count: 2,
      distribution: [0, 0, 0, 1, 1],
      average: 4.5,
      satisfiedShare: 1,
      closed: 2,
      responseRate: 1,
    });
    expect(ayu.queue).toEqual({ wait: { count: 2, median: 120, p90: 600 }, abandoned: 0 });

    const budi = officerFigures(report, 'Budi Santoso');
    expect(budi.consultations).toMatchObject({ total: 3, live: 2, offline: 1 });
    expect(budi.times).toEqual({
      // [3 10 40]: rank 2 = 10, rank 3 = 40; resolved c3 1980, c8 60.
      firstResponse: { count: 3, median: 10, p90: 40 },
      resolution: { count: 2, median: 60, p90: 1980 },
      deadlineJudged: 3,
      deadlineMet: 2,
      withinDeadlineShare: 2 / 3,
      overdue: 1,
      autoClosed: 1,
    });
    expect(budi.ratings).toEqual({
      count: 2,
      distribution: [0, 1, 0, 0, 1],
      average: 3.5,
      satisfiedShare: 0.5,
      closed: 3,
      responseRate: 2 / 3,
    });
    expect(budi.queue).toEqual({ wait: { count: 2, median: 30, p90: 60 }, abandoned: 0 });
  });

  it('trend per day, and the comments with their conversation', async () => {
    const { report, data } = await readReport('2026-11', '5102');
    expect(report.trend).toHaveLength(30);
    expect(report.trend.find((day) => day.key === '2026-11-02')).toEqual({
      key: '2026-11-02',
      total: 2,
      rated: 2,
      average: 4.5,
    });
    expect(report.trend.find((day) => day.key === '2026-11-01')).toEqual({ key: '2026-11-01', total: 0, rated: 0 });
    expect(report.trend.reduce((sum, day) => sum + day.total, 0)).toBe(8);
    expect(report.comments.map((c) => [c.conversationId, c.score, c.comment, c.officerName])).toEqual([
      [data.ids.c1, 5, 'Sangat membantu', 'Ayu Lestari'],
      [data.ids.c3, 2, '=Terlambat; lama', 'Budi Santoso'],
      [data.ids.c8, 5, 'Terima kasih "cepat"', 'Budi Santoso'],
    ]);
  });
});

describe('the yearly report of one office (5102, 2026: c1…c9)', () => {
  it('adds December (c9) and gives a monthly trend', async () => {
    const { report } = await readReport('2026', '5102');
    expect(report.total.consultations).toMatchObject({
      total: 9,
      live: 7,
      offline: 2,
      byPurpose: { data: 5, metadata: 2, klasifikasi: 1, lainnya: 1 },
    });
    expect(report.total.times).toEqual({
      // c9 30 → [3 5 10 20 30 40]: rank 3 = 10, rank ceil(5.4) = 6 → 40.
      firstResponse: { count: 6, median: 10, p90: 40 },
      // c9 60 → [35 60 60 420 1980]: rank 3 = 60, rank 5 = 1980.
      resolution: { count: 5, median: 60, p90: 1980 },
      deadlineJudged: 7,
      deadlineMet: 5,
      withinDeadlineShare: 5 / 7,
      overdue: 2,
      autoClosed: 1,
    });
    expect(report.total.ratings).toEqual({
      count: 5,
      distribution: [0, 1, 1, 1, 2],
      average: 19 / 5,
      satisfiedShare: 3 / 5,
      closed: 7,
      responseRate: 5 / 7,
    });
    // c9 waited 240 s → [30 60 120 240 600]: rank 3 = 120, rank 5 = 600.
    expect(report.total.queue).toEqual({ wait: { count: 5, median: 120, p90: 600 }, abandoned: 2 });
    expect(report.trend.map((month) => month.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(report.trend.slice(10)).toEqual([
      { key: '2026-11', total: 8, rated: 4, average: 4 },
      { key: '2026-12', total: 1, rated: 1, average: 3 },
    ]);
    // Ayu adds c9: first responses [5 20 30] → rank 2 = 20, rank 3 = 30; ratings 5 4 3.
    const ayu = officerFigures(report, 'Ayu Lestari');
    expect(ayu.times.firstResponse).toEqual({ count: 3, median: 20, p90: 30 });
    expect(ayu.ratings).toMatchObject({ count: 3, average: 4, satisfiedShare: 2 / 3, closed: 3, responseRate: 1 });
  });
});

describe('all offices together (admin)', () => {
  it('November 2026: 5102 and 5108 side by side and summed', async () => {
    const { report } = await readReport('2026-11', 'all', 'admin');
    expect(report.title).toBe('Semua kantor / All offices');
    expect(report.offices.map((office) => [office.code, office.figures.consultations.total])).toEqual([
      ['5102', 8],
      ['5108', 1],
    ]);
    // c10: first response 15, resolution 60, wait 180 s, rating 1, met.
    expect(report.offices[1]?.figures.times).toMatchObject({
      firstResponse: { count: 1, median: 15, p90: 15 },
      resolution: { count: 1, median: 60, p90: 60 },
      withinDeadlineShare: 1,
    });
    expect(report.total.ratings).toEqual({
      count: 5,
      distribution: [1, 1, 0, 1, 2],
      average: 17 / 5,
      satisfiedShare: 3 / 5,
      closed: 7,
      responseRate: 5 / 7,
    });
    // [3 5 10 15 20 40]: rank 3 = 10, rank 6 = 40.
    expect(report.total.times.firstResponse).toEqual({ count: 6, median: 10, p90: 40 });
    expect(report.total.queue.wait).toEqual({ count: 5, median: 120, p90: 600 });
    expect(report.officers.map((officer) => `${officer.office} ${officer.name}`)).toEqual([
      '5102 Ayu Lestari',
      '5102 Budi Santoso',
      '5108 Citra Dewi',
    ]);
  });
});
