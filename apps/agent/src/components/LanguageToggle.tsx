import type { Language } from '../i18n/index.ts';

/** Switches between Indonesian and English; each option names itself in its own language. */
export function LanguageToggle({ lang, onChange }: { lang: Language; onChange(lang: Language): void }) {
  const other: Language = lang === 'id' ? 'en' : 'id';
  return (
    <button type="button" class="link" lang={other} onClick={() => onChange(other)}>
      {other === 'en' ? 'English' : 'Bahasa Indonesia'}
    </button>
  );
}
