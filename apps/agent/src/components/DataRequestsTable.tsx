import type { DataRequestView } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { shortDate } from '../lib/time.ts';

interface Props {
  requests: readonly DataRequestView[];
  onComplete(id: string): void;
}

/** Visitors' verified requests to correct or erase their data, soonest due first (UU PDP: within 3×24 h). */
export function DataRequestsTable({ requests, onComplete }: Props) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="data-requests-title" data-testid="data-requests">
      <h2 id="data-requests-title">{t('dataRequests.title')}</h2>
      {requests.length === 0 ? (
        <p class="muted">{t('dataRequests.none')}</p>
      ) : (
        <ul class="rows">
          {requests.map((request) => (
            <li key={request.id} data-testid="data-request">
              <span>
                <strong>{request.visitorName}</strong> · {t(`dataRequests.${request.kind}`)}
                {request.details ? `: ${request.details}` : ''}
              </span>
              <span class="muted">
                {t('dataRequests.due', { due: request.dueAt ? shortDate(request.dueAt, t.lang) : '—' })}
              </span>
              <button type="button" data-testid="data-request-complete" onClick={() => onComplete(request.id)}>
                {t(request.kind === 'erase' ? 'dataRequests.erase.do' : 'dataRequests.done')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
