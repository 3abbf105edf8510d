import type { OfficerSelf } from '@pst/protocol';
import { purposes } from '@pst/protocol/constants';
import { useEffect } from 'preact/hooks';
import { BarChart } from '../components/BarChart.tsx';
import { IkmElements } from '../components/IkmElements.tsx';
import { RatingStars } from '../components/RatingStars.tsx';
import { ReportTables } from '../components/ReportTables.tsx';
import { useT } from '../i18n/context.ts';
import type { ReportsModel } from '../models/reports.ts';

interface Props {
  me: OfficerSelf;
  reports: ReportsModel;
  onPrint(): void;
}

/** Monthly and yearly evaluation reports: pick, read (tables and charts), download, print. */
export function ReportsView({ me, reports, onPrint }: Props) {
  const t = useT();
  const report = reports.report.value;
  const scope = reports.scope.value;
  useEffect(() => {
    if (!reports.report.value) void reports.load();
  }, [reports]);
  const offices = [...me.offices, ...(me.role === 'admin' ? ['all'] : [])];

  return (
    <main class="reports" data-testid="reports-view">
      <form
        class="report-controls no-print"
        onSubmit={(event) => {
          event.preventDefault();
          void reports.load();
        }}
      >
        <label>
          {t('reports.scope')}
          <select
            data-testid="report-scope"
            value={scope}
            onChange={(e) => reports.choose({ scope: e.currentTarget.value === 'year' ? 'year' : 'month' })}
          >
            <option value="month">{t('reports.month')}</option>
            <option value="year">{t('reports.year')}</option>
          </select>
        </label>
        {scope === 'month' ? (
          <label>
            {t('reports.month')}
            <input
              type="month"
              data-testid="report-month"
              value={reports.month.value}
              onChange={(e) => reports.choose({ month: e.currentTarget.value })}
            />
          </label>
        ) : (
          <label>
            {t('reports.year')}
            <input
              type="number"
              min="2000"
              max="2100"
              data-testid="report-year"
              value={reports.year.value}
              onChange={(e) => reports.choose({ year: e.currentTarget.value })}
            />
          </label>
        )}
        <label>
          {t('reports.office')}
          <select
            data-testid="report-office"
            value={reports.office.value}
            onChange={(e) => reports.choose({ office: e.currentTarget.value })}
          >
            {offices.map((code) => (
              <option key={code} value={code}>
                {code === 'all' ? t('reports.allOffices') : code}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="report-show">
          {t('reports.show')}
        </button>
      </form>
      {reports.error.value && <p role="alert">{t('reports.failed')}</p>}
      {reports.loading.value && <p class="muted">{t('common.loading')}</p>}
      {report && (
        <article class="report" aria-busy={reports.loading.value}>
          <header class="letterhead">
            <p class="print-only">{t('reports.letterhead')}</p>
            <h1>
              {t('reports.title')} · {report.title} · {report.period}
            </h1>
          </header>
          <p class="downloads no-print">
            <a data-testid="report-download-csv" href={reports.exportUrl('csv')} download>
              {t('reports.downloadCsv')}
            </a>
            <a data-testid="report-download-officers-csv" href={reports.exportUrl('csv', 'officers')} download>
              {t('reports.downloadOfficersCsv')}
            </a>
            <a data-testid="report-download-xlsx" href={reports.exportUrl('xlsx')} download>
              {t('reports.downloadXlsx')}
            </a>
            <button type="button" data-testid="report-print" onClick={onPrint}>
              {t('reports.print')}
            </button>
          </p>
          {report.faqAnswered !== undefined && (
            <p data-testid="report-faq-answered">{t('reports.faqAnswered', { n: report.faqAnswered })}</p>
          )}
          <div class="charts">
            <BarChart
              testid="chart-trend"
              title={t('reports.trend')}
              bars={report.trend.map((point) => ({
                label: point.key.slice(point.key.length === 7 ? 5 : 8),
                value: point.total,
              }))}
            />
            <BarChart
              testid="chart-ratings"
              title={t('reports.distribution')}
              bars={report.total.ratings.distribution.map((value, i) => ({ label: `${i + 1}★`, value }))}
            />
            <BarChart
              testid="chart-purpose"
              title={t('reports.byPurpose')}
              bars={purposes.map((purpose) => ({
                label: t(`purpose.${purpose}`),
                value: report.total.consultations.byPurpose[purpose],
              }))}
            />
          </div>
          <ReportTables report={report} />
          <IkmElements ikm={report.total.ikm} />
          <h2>{t('reports.comments')}</h2>
          {report.comments.length === 0 ? (
            <p class="muted">{t('reports.noComments')}</p>
          ) : (
            <ul class="report-comments" data-testid="report-comments">
              {report.comments.map((c) => (
                <li key={c.conversationId}>
                  <RatingStars score={c.score} /> <a href={`#/chat/${c.conversationId}`}>{c.visitorName}</a>
                  {c.officerName ? ` · ${c.officerName}` : ''}: {c.comment}
                </li>
              ))}
            </ul>
          )}
          <footer class="signature print-only">
            <p>{t('reports.signedBy')}</p>
            <p class="signature-line">(________________________)</p>
            <p>{t('reports.signatureRole')}</p>
          </footer>
        </article>
      )}
    </main>
  );
}
