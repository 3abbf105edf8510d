import type { Purpose } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { TopicSelect } from './TopicSelect.tsx';

interface Props {
  /** The visitor's own purpose: the likeliest topic, chosen first. */
  initialTopic: Purpose;
  onSave(topic: Purpose): Promise<boolean>;
}

/** A chat the visitor ended (or that closed by itself) has no topic: the officer is asked when they open it. */
export function TopicPrompt({ initialTopic, onSave }: Props) {
  const t = useT();
  const [topic, setTopic] = useState<Purpose>(initialTopic);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="topic-prompt"
      data-testid="topic-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSave(topic).finally(() => setBusy(false));
      }}
    >
      <TopicSelect label={t('topic.ask')} testId="topic-select" value={topic} onChange={setTopic} />
      <button type="submit" disabled={busy} data-testid="topic-save">
        {t('topic.save')}
      </button>
    </form>
  );
}
