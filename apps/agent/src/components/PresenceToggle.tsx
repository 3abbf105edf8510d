import type { PresenceStatus } from '@pst/protocol';
import { useT } from '../i18n/context.ts';

interface Props {
  /** The status the server has. */
  status: PresenceStatus;
  /** A status chosen before the socket connected, sent once it does. */
  pending?: PresenceStatus | null;
  onChange(status: PresenceStatus): void;
}

/**
 * One switch for the usual choice, online or offline, and a button for a
 * break (away): new chats are routed only to online officers. A choice made
 * while not connected shows at once, marked as waiting for the connection.
 */
export function PresenceToggle({ status, pending, onChange }: Props) {
  const t = useT();
  const shown = pending ?? status;
  const online = shown === 'online';
  return (
    <div class="presence">
      <button
        type="button"
        role="switch"
        aria-checked={online}
        class={`presence-switch presence-${shown}${pending ? ' presence-pending' : ''}`}
        data-testid="presence-toggle"
        data-status={status}
        data-pending={pending ?? undefined}
        title={pending ? t('presence.pending') : undefined}
        onClick={() => onChange(online ? 'offline' : 'online')}
      >
        {t(`presence.${shown}`)}
        {pending && <span class="presence-waiting"> · {t('presence.pending')}</span>}
      </button>
      {shown !== 'away' && (
        <button type="button" class="link" onClick={() => onChange('away')}>
          {t('presence.takeBreak')}
        </button>
      )}
    </div>
  );
}
