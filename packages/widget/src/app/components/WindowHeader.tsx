import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  /** The office's name, e.g. "BPS Kabupaten Tabanan". */
  officeName: string;
  onClose(): void;
}

/** The chat window's title bar: who the visitor is talking to, and a way out. */
export function WindowHeader({ t, officeName, onClose }: Props) {
  return (
    <header class="window-header">
      <div>
        <h1>{t('window.title')}</h1>
        <p>{officeName}</p>
      </div>
      <button type="button" aria-label={t('window.close')} onClick={onClose}>
        ×
      </button>
    </header>
  );
}
