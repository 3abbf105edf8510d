import type { Report, ReportFigures, Spread } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

const one = (value: number | undefined, digits = 1) =>
  value === undefined ? '—' : String(Math.round(value * 10 ** digits) / 10 ** digits);
const percent = (share: number | undefined) => (share === undefined ? '—' : `${one(share * 100)} %`);
const spread = (s: Spread) => `${one(s.median)} / ${one(s.p90)}`;

/** The figures of one report column, in the order the table shows them. */
function rows(t: ReturnType<typeof useT>, f: ReportFigures): [string, string][] {
  return [
    [t('reports.total'), String(f.consultations.total)],
    [t('reports.liveOffline'), `${f.consultations.live} / ${f.consultations.offline}`],
    [t('reports.firstResponse'), spread(f.times.firstResponse)],
    [t('reports.resolution'), spread(f.times.resolution)],
    [t('reports.withinDeadline'), percent(f.times.withinDeadlineShare)],
    [t('reports.overdue'), String(f.times.overdue)],
    [t('reports.autoClosed'), String(f.times.autoClosed)],
    [t('reports.ratings'), String(f.ratings.count)],
    [t('reports.average'), one(f.ratings.average, 2)],
    [t('reports.satisfied'), percent(f.ratings.satisfiedShare)],
    [t('reports.responseRate'), percent(f.ratings.responseRate)],
    [t('reports.queueWait'), spread(f.queue.wait)],
    [t('reports.abandoned'), String(f.queue.abandoned)],
    [t('reports.ikm'), f.ikm.score === undefined ? '—' : `${one(f.ikm.score, 2)} (${f.ikm.category}) · ${f.ikm.count}`],
  ];
}

/** Figures down, the total and each officer across. */
export function ReportTables({ report }: { report: Report }) {
  const t = useT();
  const columns = [
    { key: 'total', name: t('reports.totalColumn'), figures: report.total },
    ...(report.offices.length > 1
      ? report.offices.map((o) => ({ key: o.code, name: `${o.code} ${o.name}`, figures: o.figures }))
      : []),
    ...report.officers.map((o) => ({ key: `${o.office}:${o.id}`, name: o.name, figures: o.figures })),
  ];
  const table = columns.map((column) => rows(t, column.figures));
  return (
    <div class="report-table-wrap">
      <table class="report-table" data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.figure')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(table[0] ?? []).map(([label], row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {table.map((cells, col) => (
                <td key={columns[col]?.key}>{cells[row]?.[1]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{t('reports.units')}</p>
    </div>
  );
}
