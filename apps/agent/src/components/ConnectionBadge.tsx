import { useT } from '../i18n/context.ts';
import type { ConnectionState } from '../models/connection.ts';

/** The socket's state in words, always visible: an officer must know when replies cannot go out. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const t = useT();
  return (
    <span class={`connection connection-${state}`} role="status" data-testid="connection-state" data-state={state}>
      {t(`connection.${state}`)}
    </span>
  );
}
