import type { PresenceStatus } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

interface Props {
  status: PresenceStatus;
  onChange(status: PresenceStatus): void;
}

/**
 * One switch for the usual choice, online or offline, and a button for a
 * break (away): new chats are routed only to online officers.
 */
export function PresenceToggle({ status, onChange }: Props) {
  const t = useT();
  const online = status === 'online';
  return (
    <div class="presence">
      <button
        type="button"
        role="switch"
        aria-checked={online}
        class={`presence-switch presence-${status}`}
        data-testid="presence-toggle"
        data-status={status}
        onClick={() => onChange(online ? 'offline' : 'online')}
      >
        {t(`presence.${status}`)}
      </button>
      {status !== 'away' && (
        <button type="button" class="link" onClick={() => onChange('away')}>
          {t('presence.takeBreak')}
        </button>
      )}
    </div>
  );
}
