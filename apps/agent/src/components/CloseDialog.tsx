import type { Purpose } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { TopicSelect } from './TopicSelect.tsx';

interface Props {
  /** The visitor's own purpose: the likeliest topic, chosen first. */
  initialTopic: Purpose;
  onConfirm(topic: Purpose, summary: string): void;
  onCancel(): void;
}

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
        <TopicSelect label={t('close.topic')} testId="close-topic" value={topic} onChange={setTopic} />
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
