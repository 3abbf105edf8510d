import type { OfficeAdmin, UpdateOfficeInput } from '@pst/protocol';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/context.ts';

type Look = Pick<OfficeAdmin['widget'], 'colour' | 'greeting'>;

/** The widget's greeting, in both languages, and its colour. */
export function WidgetLook({ widget, onSave }: { widget: Look; onSave(change: UpdateOfficeInput): Promise<boolean> }) {
  const t = useT();
  const [look, setLook] = useState<Look>(widget);
  const [saved, setSaved] = useState(false);
  useEffect(() => setLook(widget), [widget]);
  const edit = (next: Look) => {
    setLook(next);
    setSaved(false);
  };
  const greeting = (lang: 'id' | 'en') => (
    <label>
      {t(lang === 'id' ? 'settings.greetingId' : 'settings.greetingEn')}
      <textarea
        rows={2}
        required
        maxLength={500}
        value={look.greeting[lang]}
        onInput={(e) => edit({ ...look, greeting: { ...look.greeting, [lang]: e.currentTarget.value } })}
      />
    </label>
  );

  return (
    <section class="card" aria-labelledby="look-title" data-testid="settings-widget">
      <h2 id="look-title">{t('settings.widget')}</h2>
      <form
        class="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(await onSave({ widget: { colour: look.colour, greeting: look.greeting } }));
        }}
      >
        {greeting('id')}
        {greeting('en')}
        <label>
          {t('settings.colour')}
          <input type="color" value={look.colour} onInput={(e) => edit({ ...look, colour: e.currentTarget.value })} />
        </label>
        <button type="submit" data-testid="settings-save">
          {t('common.save')}
        </button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </form>
    </section>
  );
}
