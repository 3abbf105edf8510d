import type { CompleteGuestBookInput, ConversationDetail } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { shortDate } from '../lib/time.ts';
import { GuestBookEditor } from './GuestBookEditor.tsx';
import { RatingStars } from './RatingStars.tsx';

interface Props {
  detail: ConversationDetail;
  onOpen(id: string): void;
  /** Present when the officer may complete this (e-mail) visitor's guest book. */
  onComplete?: ((input: CompleteGuestBookInput) => Promise<boolean>) | undefined;
}

/** The visitor's guest book, the page the chat began on, and their earlier consultations. */
export function VisitorCard({ detail, onOpen, onComplete }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const { visitor } = detail;
  if (editing && onComplete) {
    return (
      <section class="card" data-testid="visitor-card" aria-labelledby="visitor-card-title">
        <h2 id="visitor-card-title">{t('visitor.complete')}</h2>
        <GuestBookEditor visitor={visitor} onSave={onComplete} onCancel={() => setEditing(false)} />
      </section>
    );
  }
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
      {onComplete && (
        <div class="notice-inline">
          <p class="muted">{t('visitor.fromEmail')}</p>
          <button type="button" data-testid="complete-guest-book" onClick={() => setEditing(true)}>
            {t('visitor.complete')}
          </button>
        </div>
      )}
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
              {previous.score && <RatingStars score={previous.score} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
