import type { ReportFigures } from '@pst/protocol';
import { ikmElements } from '@pst/protocol/constants';
import { useT } from '../i18n/context.ts';

/** The IKM survey's nine elements with their average answer (1–4), the score and its category. */
export function IkmElements({ ikm }: { ikm: ReportFigures['ikm'] }) {
  const t = useT();
  if (!ikm.elementAverages || ikm.score === undefined) return null;
  return (
    <section data-testid="report-ikm">
      <h2>{t('reports.ikmTitle')}</h2>
      <p>{t('reports.ikmScore', { score: ikm.score.toFixed(2), category: ikm.category ?? '', count: ikm.count })}</p>
      <table class="report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.ikmElement')}</th>
            <th scope="col">{t('reports.ikmAverage')}</th>
          </tr>
        </thead>
        <tbody>
          {ikmElements.map((element, i) => (
            <tr key={element}>
              <th scope="row">
                U{i + 1} {t(`ikm.${element}`)}
              </th>
              <td>{ikm.elementAverages?.[i]?.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
