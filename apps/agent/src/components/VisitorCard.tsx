import type { ConversationDetail } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { shortDate } from '../lib/time.ts';

/** The visitor's guest book, the page the chat began on, and their earlier consultations. */
export function VisitorCard({ detail, onOpen }: { detail: ConversationDetail; onOpen(id: string): void }) {
  const t = useT();
  const { visitor } = detail;
  const rows: [string, string][] = [
    [t('visitor.email'), visitor.email],
    [t('visitor.phone'), visitor.phone],
    [t('visitor.institution'), visitor.institution],
    [t('visitor.occupation'), visitor.occupation],
    [t('visitor.purpose'), t(`purpose.${visitor.purpose}`)],
  ];
  return (
    <section class="card" data-testid="visitor-card" aria-labelledby="visitor-card-title">
      <h2 id="visitor-card-title">{visitor.name}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {detail.pageUrl && (
          <div>
            <dt>{t('visitor.page')}</dt>
            <dd>
              <a href={detail.pageUrl} target="_blank" rel="noopener noreferrer">
                {detail.pageUrl}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('visitor.earlier')}</h3>
      {detail.earlier.length === 0 ? (
        <p class="muted">{t('visitor.noEarlier')}</p>
      ) : (
        <ul class="earlier">
          {detail.earlier.map((previous) => (
            <li key={previous.id}>
              <button type="button" class="link" onClick={() => onOpen(previous.id)}>
                {shortDate(previous.createdAt, t.lang)}
                {previous.topic ? ` · ${t(`purpose.${previous.topic}`)}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
