import type { ComplaintChannel } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import { ComplaintChannels } from './ComplaintChannels.tsx';

interface Props {
  t: Translate;
  channels: ComplaintChannel[];
  sound: boolean;
  onToggleSound(): void;
}

/** What stays at hand on every screen: complaint channels, and the notification sound switch. */
export function WindowFooter({ t, channels, sound, onToggleSound }: Props) {
  return (
    <footer class="window-footer">
      <ComplaintChannels t={t} channels={channels} />
      <button type="button" class="sound-toggle" aria-pressed={sound} onClick={onToggleSound}>
        <svg viewBox="0 0 24 24" aria-hidden="true" width="16" height="16">
          <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z" />
          {!sound && <path d="M3 3l18 18" stroke="currentColor" stroke-width="2" />}
        </svg>{' '}
        {t('sound.label')}
      </button>
    </footer>
  );
}
