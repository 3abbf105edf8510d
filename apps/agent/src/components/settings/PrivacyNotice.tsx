import type { OfficeAdmin, UpdateOfficeInput } from '@pst/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

/**
 * The privacy notice the guest book links to, in both languages. Saving a changed text makes a new version,
 * and returning visitors are asked to consent again (UU PDP).
 */
export function PrivacyNotice({
  notice,
  onSave,
}: {
  notice: OfficeAdmin['privacyNotice'];
  onSave(change: UpdateOfficeInput): Promise<boolean>;
}) {
  const t = useT();
  const [text, setText] = useState({ id: notice.id, en: notice.en });
  const [saved, setSaved] = useState(false);
  // Another stored text (another office, or the copy the server saved) resets the form; the first run, which
  // Preact defers past the first frame, must not undo what was typed meanwhile.
  const shown = useRef(notice);
  useEffect(() => {
    if (shown.current.id === notice.id && shown.current.en === notice.en) return;
    shown.current = notice;
    setText({ id: notice.id, en: notice.en });
  }, [notice]);

  return (
    <section class="card" aria-labelledby="privacy-title" data-testid="settings-privacy">
      <h2 id="privacy-title">{t('settings.privacy')}</h2>
      <p class="hint">{t('settings.privacyHint', { version: notice.version })}</p>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(await onSave({ privacyNotice: text }));
        }}
      >
        {(['id', 'en'] as const).map((lang) => (
          <label key={lang} class="stacked">
            {t(lang === 'id' ? 'settings.privacyId' : 'settings.privacyEn')}
            <textarea
              rows={8}
              required
              data-testid={`privacy-notice-${lang}`}
              value={text[lang]}
              onInput={(e) => {
                setSaved(false);
                setText({ ...text, [lang]: e.currentTarget.value });
              }}
            />
          </label>
        ))}
        <button type="submit" data-testid="settings-save">
          {t('common.save')}
        </button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </form>
    </section>
  );
}
