import type { OfficerSelf, Report, ReportFigures } from '@pst/protocol';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../i18n/context.ts';
import { translator } from '../i18n/index.ts';
import { createReportsModel } from '../models/reports.ts';
import { fakeApi } from '../testing/harness.ts';
import { ReportsView } from './ReportsView.tsx';

const figures = (total: number): ReportFigures => ({
  consultations: {
    total,
    live: total - 1,
    offline: 1,
    byPurpose: { data: 2, metadata: 1, klasifikasi: 0, lainnya: 0 },
    byTopic: { data: 1, metadata: 1, klasifikasi: 0, lainnya: 0, none: 1 },
    byChannel: { web: total, email: 0, telegram: 0, whatsapp: 0 },
    byWeekday: [total, 0, 0, 0, 0, 0, 0],
    byHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? total : 0)),
  },
  times: {
    firstResponse: { count: 2, median: 5, p90: 20 },
    resolution: { count: 1, median: 35, p90: 35 },
    deadlineJudged: 3,
    deadlineMet: 2,
    withinDeadlineShare: 2 / 3,
    overdue: 1,
    autoClosed: 0,
  },
  ratings: { count: 2, distribution: [0, 0, 0, 1, 1], average: 4.5, satisfiedShare: 1, closed: 2, responseRate: 1 },
  queue: { wait: { count: 2, median: 120, p90: 600 }, abandoned: 0 },
  ikm: { count: 2, elementAverages: [4, 3.5, 4, 4, 3.5, 4, 4, 3, 4], score: 94.44, category: 'A' },
});

const report = (period: string): Report => ({
  period,
  office: '5102',
  title: 'BPS Kabupaten Tabanan',
  generatedAt: '2026-12-01T00:00:00.000Z',
  total: figures(3),
  offices: [{ code: '5102', name: 'BPS Kabupaten Tabanan', figures: figures(3) }],
  officers: [{ id: 'a'.repeat(24), name: 'Ayu Lestari', office: '5102', figures: figures(3) }],
  trend:
    period.length === 4
      ? [{ key: `${period}-11`, total: 3, rated: 2, average: 4.5 }]
      : [
          { key: `${period}-01`, total: 0, rated: 0 },
          { key: `${period}-02`, total: 3, rated: 2, average: 4.5 },
        ],
  comments: [
    {
      conversationId: 'b'.repeat(24),
      office: '5102',
      officerName: 'Ayu Lestari',
      visitorName: 'Made',
      score: 5,
      comment: '<b>Sangat membantu</b>',
      at: '2026-11-02T01:36:00.000Z',
    },
  ],
});

const me = (role: OfficerSelf['role']): OfficerSelf => ({
  id: 'c'.repeat(24),
  name: 'Kepala PST',
  email: 'kepala@bps.go.id',
  role,
  offices: ['5102'],
  status: 'online',
});

function show(role: OfficerSelf['role'] = 'supervisor') {
  const api = fakeApi();
  api.report.mockImplementation(async (query) => report(query.period));
  const reports = createReportsModel(api, { month: '2026-11', office: '5102' });
  const onPrint = vi.fn();
  render(
    <TranslateContext.Provider value={translator('id')}>
      <ReportsView me={me(role)} reports={reports} onPrint={onPrint} />
    </TranslateContext.Provider>,
  );
  return { api, onPrint };
}

describe('ReportsView', () => {
  it("loads this month's report: tables, charts, comments as text, downloads and print", async () => {
    const { api, onPrint } = show();
    const table = await screen.findByTestId('report-table');
    expect(api.report).toHaveBeenCalledWith({ period: '2026-11', office: '5102' });
    expect(within(table).getByRole('columnheader', { name: 'Ayu Lestari' })).toBeTruthy();
    const within90 = within(table).getByRole('row', { name: /Tepat waktu/ });
    expect(within90.textContent).toContain('66.7 %');
    expect(within(table).getByRole('row', { name: /Respons pertama/ }).textContent).toContain('5 / 20');
    expect(within(table).getByRole('row', { name: /IKM/ }).textContent).toContain('94.44 (A) · 2');
    const ikm = screen.getByTestId('report-ikm');
    expect(ikm.textContent).toContain('Nilai IKM 94.44, mutu A, dari 2 responden.');
    expect(within(ikm).getByRole('row', { name: /U2 Sistem, mekanisme, dan prosedur/ }).textContent).toContain('3.50');

    expect(screen.getByTestId('chart-trend').querySelectorAll('rect')).toHaveLength(2);
    const ratings = screen.getByTestId('chart-ratings');
    expect([...ratings.querySelectorAll('rect title')].map((title) => title.textContent)).toEqual([
      '1★: 0',
      '2★: 0',
      '3★: 0',
      '4★: 1',
      '5★: 1',
    ]);
    expect(screen.getByRole('img', { name: 'Menurut keperluan' })).toBeTruthy();

    // Visitor text stays text.
    const comments = screen.getByTestId('report-comments');
    expect(comments.textContent).toContain('<b>Sangat membantu</b>');
    expect(comments.querySelector('b')).toBeNull();
    expect(within(comments).getByRole('img', { name: 'Penilaian 5 dari 5' })).toBeTruthy();

    expect(screen.getByTestId('report-download-csv').getAttribute('href')).toBe('/api/reports/export?format=csv');
    expect(api.reportExportUrl).toHaveBeenCalledWith({ period: '2026-11', office: '5102', format: 'csv' });
    expect(api.reportExportUrl).toHaveBeenCalledWith({ period: '2026-11', office: '5102', format: 'xlsx' });
    fireEvent.click(screen.getByTestId('report-print'));
    expect(onPrint).toHaveBeenCalled();
  });

  it('switches to a year; only admins may pick all offices', async () => {
    const { api } = show();
    await screen.findByTestId('report-table');
    expect(within(screen.getByTestId('report-office')).queryByRole('option', { name: 'Semua kantor' })).toBeNull();
    fireEvent.change(screen.getByTestId('report-scope'), { target: { value: 'year' } });
    fireEvent.click(screen.getByTestId('report-show'));
    await waitFor(() => expect(api.report).toHaveBeenLastCalledWith({ period: '2026', office: '5102' }));
    await waitFor(() => expect(screen.getByTestId('chart-trend').querySelectorAll('rect')).toHaveLength(1));
  });

  it('offers all offices to an admin', async () => {
    show('admin');
    await screen.findByTestId('report-table');
    expect(within(screen.getByTestId('report-office')).getByRole('option', { name: 'Semua kantor' })).toBeTruthy();
  });
});
