import type { Purpose } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

interface Props {
  /** The visitor's own purpose: the likeliest topic, chosen first. */
  initialTopic: Purpose;
  onConfirm(topic: Purpose, summary: string): void;
  onCancel(): void;
}

/**
 * The topics. Written out rather than imported, because a value import of the
 * protocol would bundle zod into the app; the Record type makes the list complete.
 */
export const topics = Object.keys({ data: 1, metadata: 1, klasifikasi: 1, lainnya: 1 } satisfies Record<
  Purpose,
  1
>) as Purpose[];

/** Closing asks for the consultation's topic (for the reports) and an optional summary. */
export function CloseDialog({ initialTopic, onConfirm, onCancel }: Props) {
  const t = useT();
  const [topic, setTopic] = useState<Purpose>(initialTopic);
  const [summary, setSummary] = useState('');
  return (
    // The dialog role on a div: a form may not take it.
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="close-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(topic, summary.trim());
        }}
      >
        <h2 id="close-title">{t('close.title')}</h2>
        <label>
          {t('close.topic')}
          <select
            value={topic}
            data-testid="close-topic"
            onChange={(event) => setTopic(event.currentTarget.value as Purpose)}
          >
            {topics.map((purpose) => (
              <option key={purpose} value={purpose}>
                {t(`purpose.${purpose}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('close.summary')}
          <textarea
            rows={3}
            maxLength={2000}
            value={summary}
            onInput={(event) => setSummary(event.currentTarget.value)}
          />
        </label>
        <div class="actions">
          <button type="button" class="link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" data-testid="close-confirm">
            {t('close.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
