import type { PrivateNote } from '@pst/protocol';
import { useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { clockTime, shortDate } from '../lib/time.ts';

interface Props {
  notes: readonly PrivateNote[];
  /** Resolves false when the note was not stored. */
  onAdd(text: string): Promise<boolean>;
}

/** Notes for colleagues on this conversation. They travel over REST only and never reach the visitor. */
export function NotesPanel({ notes, onAdd }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    const stored = await onAdd(text.trim());
    setFailed(!stored);
    if (stored) setText('');
  };

  return (
    <section class="card notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <p class="muted">{t('notes.private')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note.id} data-testid="private-note">
            <p class="text">{note.text}</p>
            <span class="meta">
              {note.officerName} · {shortDate(note.at, t.lang)} {clockTime(note.at, t.lang)}
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <textarea
          aria-label={t('notes.new')}
          rows={2}
          value={text}
          data-testid="private-note-input"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {failed && <p role="alert">{t('notes.failed')}</p>}
        <button type="submit" disabled={!text.trim()}>
          {t('notes.add')}
        </button>
      </form>
    </section>
  );
}
