import type { CannedResponse } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { CannedRow } from './CannedRow.tsx';

interface Props {
  items: readonly CannedResponse[];
  /** Each resolves false when the server refused (a taken shortcut, bad input). */
  onCreate(shortcut: string, text: string): Promise<boolean>;
  onUpdate(id: string, change: { shortcut?: string; text?: string }): Promise<boolean>;
  onDelete(id: string): Promise<boolean>;
}

/** The supervisor's list of the office's canned responses, with a form to add one. */
export function CannedManager({ items, onCreate, onUpdate, onDelete }: Props) {
  const t = useT();
  const [shortcut, setShortcut] = useState('');
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);

  const add = async (event: Event) => {
    event.preventDefault();
    const stored = await onCreate(shortcut.trim(), text.trim());
    setFailed(!stored);
    if (stored) {
      setShortcut('');
      setText('');
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
            pattern="[A-Za-z0-9_\-]{1,32}"
            onInput={(e) => setShortcut(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('canned.text')}
          <textarea value={text} required rows={2} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        {failed && <p role="alert">{t('canned.failed')}</p>}
        <button type="submit">{t('canned.add')}</button>
      </form>
    </section>
  );
}
