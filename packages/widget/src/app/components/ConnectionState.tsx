import type { ErrorCode } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import type { ConnectionState as State } from '../models/connection.ts';

interface Props {
  t: Translate;
  state: State;
  refusal?: ErrorCode | undefined;
}

/** Always on screen: a quiet "connected", or plainly when messages cannot flow and why. */
export function ConnectionState({ t, state, refusal }: Props) {
  const text = refusal === 'ORIGIN_NOT_ALLOWED' ? t('connection.refused') : t(`connection.${state}`);
  return (
    <p class="connection-state" data-testid="connection-state" data-state={state} role="status">
      <span class="dot" aria-hidden="true" />
      {text}
    </p>
  );
}
