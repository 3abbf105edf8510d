import type { OfficerSelf, PresenceStatus } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import type { Language } from '../i18n/index.ts';
import type { ConnectionState } from '../models/connection.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { PresenceToggle } from './PresenceToggle.tsx';

type View = 'inbox' | 'supervisor' | 'settings' | 'reports';

interface Props {
  me: OfficerSelf;
  connection: ConnectionState;
  /** A status chosen before the socket connected, still to be sent. */
  pendingPresence: PresenceStatus | null;
  view: View;
  lang: Language;
  onPresence(status: PresenceStatus): void;
  onLanguage(lang: Language): void;
  onView(view: View): void;
  onLogout(): void;
}

/** The bar across the top: who is signed in, presence, connection, views, language, sign-out. */
export function AppHeader({
  me,
  connection,
  pendingPresence,
  view,
  lang,
  onPresence,
  onLanguage,
  onView,
  onLogout,
}: Props) {
  const t = useT();
  const supervises = me.role !== 'officer';
  return (
    <header class="app-header">
      <strong class="brand">PST LiveChat</strong>
      {supervises && (
        <nav aria-label={t('nav.label')}>
          <button type="button" class="link" aria-current={view === 'inbox'} onClick={() => onView('inbox')}>
            {t('nav.inbox')}
          </button>
          <button type="button" class="link" aria-current={view === 'supervisor'} onClick={() => onView('supervisor')}>
            {t('nav.supervisor')}
          </button>
          <button
            type="button"
            class="link"
            data-testid="nav-settings"
            aria-current={view === 'settings'}
            onClick={() => onView('settings')}
          >
            {t('nav.settings')}
          </button>
          <button
            type="button"
            class="link"
            data-testid="nav-reports"
            aria-current={view === 'reports'}
            onClick={() => onView('reports')}
          >
            {t('nav.reports')}
          </button>
        </nav>
      )}
      <span class="spacer" />
      <ConnectionBadge state={connection} />
      <PresenceToggle status={me.status} pending={pendingPresence} onChange={onPresence} />
      <span class="who">{me.name}</span>
      <LanguageToggle lang={lang} onChange={onLanguage} />
      <button type="button" class="link" data-testid="logout" onClick={onLogout}>
        {t('header.logout')}
      </button>
    </header>
  );
}
