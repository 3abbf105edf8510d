import type { OfficePublic } from '@pst/protocol';
import type { Language, Translate } from '../i18n/index.ts';
import { OfficeStatusLine } from './OfficeStatusLine.tsx';

interface Props {
  t: Translate;
  lang: Language;
  office: OfficePublic | undefined;
  onToggleLanguage(): void;
  /** Absent when the window is not embedded: nothing to close then. */
  onClose?: (() => void) | undefined;
}

/** The chat window's title bar: who the visitor is talking to, whether the desk serves now, language, a way out. */
export function WindowHeader({ t, lang, office, onToggleLanguage, onClose }: Props) {
  return (
    <header class="window-header">
      <div class="window-header-text">
        <h1 tabIndex={-1}>{t('window.title')}</h1>
        {office && <p class="office-name">{office.name}</p>}
        {office && <OfficeStatusLine t={t} office={office} />}
      </div>
      <button
        type="button"
        class="header-button"
        lang={lang === 'id' ? 'en' : 'id'}
        // The visible text (EN/ID) first: the name spoken and the name a voice user says are the same.
        aria-label={`${t('language.other')}: ${t('language.switch')}`}
        onClick={onToggleLanguage}
      >
        {t('language.other')}
      </button>
      {onClose && (
        <button type="button" class="header-button" aria-label={t('window.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </header>
  );
}
