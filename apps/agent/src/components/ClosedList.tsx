import type { ConversationPage } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import type { DeadlineOf } from '../lib/deadline.ts';
import { shortDate } from '../lib/time.ts';
import { DueLabel } from './DueLabel.tsx';
import { RatingStars } from './RatingStars.tsx';

interface Props {
  page: ConversationPage | null;
  loading: boolean;
  failed: boolean;
  deadlineOf: DeadlineOf;
  onSearch(query: string): void;
  onPage(page: number): void;
  onOpen(id: string): void;
}

/** Closed consultations, newest first, paged; searched by visitor name, e-mail or message text. */
export function ClosedList({ page, loading, failed, deadlineOf, onSearch, onPage, onOpen }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  return (
    <div class="closed">
      <form
        class="search"
        aria-label={t('closed.search')}
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(query);
        }}
      >
        <input
          type="search"
          aria-label={t('closed.search')}
          placeholder={t('closed.searchHint')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit">{t('closed.searchButton')}</button>
      </form>
      {failed && <p role="alert">{t('closed.failed')}</p>}
      {page && page.items.length === 0 && !loading && <p class="empty">{t('closed.empty')}</p>}
      <ul class="list" aria-busy={loading}>
        {page?.items.map((chat) => (
          <li key={chat.id}>
            <button type="button" class="list-item" onClick={() => onOpen(chat.id)}>
              <span class="line-head">
                <strong>{chat.visitor.name}</strong>
                <span class="muted">{chat.closedAt ? shortDate(chat.closedAt, t.lang) : ''}</span>
              </span>
              <span class="muted ellipsis">{chat.question}</span>
              <DueLabel {...deadlineOf(chat)} />
              {chat.rating && <RatingStars score={chat.rating.score} />}
            </button>
          </li>
        ))}
      </ul>
      {page && pages > 1 && (
        <nav class="pager" aria-label={t('closed.pages')}>
          <button type="button" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
            {t('closed.previous')}
          </button>
          <span>{t('closed.pageOf', { page: page.page, pages })}</span>
          <button type="button" disabled={page.page >= pages} onClick={() => onPage(page.page + 1)}>
            {t('closed.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
