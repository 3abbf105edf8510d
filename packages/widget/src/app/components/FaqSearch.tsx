import type { FaqEntry } from '@pst/protocol';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { MessageText } from './MessageText.tsx';

interface Props {
  t: Translate;
  officeCode: string;
  /** The visitor did not find it: on to the guest book, with what they typed as the question. */
  onAsk(question: string): void;
}

const MAX_SHOWN = 5;

/** The entries worth showing for what was typed: most words in common first (every entry while nothing is typed). */
export function matchFaq(entries: readonly FaqEntry[], query: string): FaqEntry[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return entries.slice(0, MAX_SHOWN);
  return entries
    .map((entry) => {
      const text = `${entry.question} ${entry.answer}`.toLowerCase();
      return { entry, hits: words.filter((word) => text.includes(word)).length };
    })
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, MAX_SHOWN)
    .map(({ entry }) => entry);
}

/**
 * Search before asking (the Bombana and Mamuju standards): the office's frequent questions, filtered as the
 * visitor types; "Tidak menemukan jawaban? Tanya petugas" goes on to the guest book with the question filled in.
 * Offices without an FAQ show nothing here (`onAsk('')` at once).
 */
export function FaqSearch({ t, officeCode, onAsk }: Props) {
  const [entries, setEntries] = useState<FaqEntry[]>();
  const [query, setQuery] = useState('');
  const [answered, setAnswered] = useState<string>();
  useEffect(() => {
    fetch(`/api/widget/${encodeURIComponent(officeCode)}/faq`)
      .then((res) => (res.ok ? (res.json() as Promise<FaqEntry[]>) : []))
      .then(
        (list) => (list.length ? setEntries(list) : onAsk('')),
        () => onAsk(''),
      );
  }, [officeCode]);
  if (!entries) return <p class="loading">{t('window.loading')}</p>;

  const found = matchFaq(entries, query);
  const markAnswered = (id: string) => {
    setAnswered(id);
    void fetch(`/api/widget/${encodeURIComponent(officeCode)}/faq/${id}/answered`, { method: 'POST' }).catch(() => {});
  };
  return (
    <section class="faq" aria-labelledby="faq-title">
      <h2 id="faq-title">{t('faq.title')}</h2>
      <div class="field">
        <label for="faq-search">{t('faq.search')}</label>
        <input
          id="faq-search"
          type="search"
          value={query}
          data-testid="faq-search"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p class="sr-only" role="status">
        {t('faq.found', { n: found.length })}
      </p>
      <ul class="faq-results">
        {found.map((entry) => (
          <li key={entry.id} data-testid="faq-result">
            <details>
              <summary>{entry.question}</summary>
              <MessageText text={entry.answer} />
              {answered === entry.id ? (
                <p class="notice" role="status" data-testid="faq-thanks">
                  {t('faq.thanks')}
                </p>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  data-testid="faq-answered"
                  onClick={() => markAnswered(entry.id)}
                >
                  {t('faq.answered')}
                </button>
              )}
            </details>
          </li>
        ))}
      </ul>
      <button type="button" class="primary" data-testid="faq-ask" onClick={() => onAsk(query.trim())}>
        {t('faq.ask')}
      </button>
    </section>
  );
}
