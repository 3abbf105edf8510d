import type { CannedResponse } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

interface Props {
  item: CannedResponse;
  onUpdate(id: string, change: { text: string; faqQuestion: string }): Promise<boolean>;
  onDelete(id: string): Promise<boolean>;
}

/** One canned response: shown, edited in place, or deleted. */
export function CannedRow({ item, onUpdate, onDelete }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [faq, setFaq] = useState(item.faqQuestion ?? '');

  if (!editing) {
    return (
      <li>
        <strong>/{item.shortcut}</strong> <span>{item.text}</span>
        {item.faqQuestion && <span class="muted"> · {t('canned.faqShown', { question: item.faqQuestion })}</span>}
        <button type="button" class="link" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
        <button type="button" class="link danger" onClick={() => void onDelete(item.id)}>
          {t('common.delete')}
        </button>
      </li>
    );
  }
  return (
    <li>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await onUpdate(item.id, { text: text.trim(), faqQuestion: faq.trim() })) setEditing(false);
        }}
      >
        <label>
          /{item.shortcut}
          <textarea value={text} rows={2} required onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <label>
          {t('canned.faq')}
          <input value={faq} maxLength={300} onInput={(event) => setFaq(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('common.save')}</button>
        <button type="button" class="link" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </form>
    </li>
  );
}
