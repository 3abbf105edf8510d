import type { CannedResponse } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { CannedRow } from './CannedRow.tsx';

interface Props {
  items: readonly CannedResponse[];
  /** Each resolves false when the server refused (a taken shortcut, bad input). */
  onCreate(shortcut: string, text: string, faqQuestion: string): Promise<boolean>;
  onUpdate(id: string, change: { shortcut?: string; text?: string; faqQuestion?: string }): Promise<boolean>;
  onDelete(id: string): Promise<boolean>;
}

/**
 * The supervisor's list of the office's canned responses, with a form to add one. A response with an FAQ question is
 * also an entry of the widget's FAQ (the question, answered by the text), searched by visitors before the guest book.
 */
export function CannedManager({ items, onCreate, onUpdate, onDelete }: Props) {
  const t = useT();
  const [shortcut, setShortcut] = useState('');
  const [text, setText] = useState('');
  const [faq, setFaq] = useState('');
  const [failed, setFailed] = useState(false);

  const add = async (event: Event) => {
    event.preventDefault();
    const stored = await onCreate(shortcut.trim(), text.trim(), faq.trim());
    setFailed(!stored);
    if (stored) {
      setShortcut('');
      setText('');
      setFaq('');
    }
  };

  return (
    <section class="card" aria-labelledby="canned-title">
      <h2 id="canned-title">{t('canned.title')}</h2>
      <ul class="canned-admin">
        {items.map((item) => (
          <CannedRow key={item.id} item={item} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <label>
          {t('canned.shortcut')}
          <input
            value={shortcut}
            required
            data-testid="canned-shortcut"
            pattern="[A-Za-z0-9_\-]{1,32}"
            onInput={(e) => setShortcut(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('canned.text')}
          <textarea
            value={text}
            required
            rows={2}
            data-testid="canned-text"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('canned.faq')}
          <input value={faq} maxLength={300} data-testid="canned-faq" onInput={(e) => setFaq(e.currentTarget.value)} />
        </label>
        {failed && <p role="alert">{t('canned.failed')}</p>}
        <button type="submit" data-testid="canned-add">
          {t('canned.add')}
        </button>
      </form>
    </section>
  );
}
