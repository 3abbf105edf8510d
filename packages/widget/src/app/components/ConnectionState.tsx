import type { ErrorCode } from '@pst/protocol';
import type { Translate } from '../i18n/index.ts';
import type { ConnectionState as State } from '../models/connection.ts';

interface Props {
  t: Translate;
  state: State;
  refusal?: ErrorCode | undefined;
}

const REFUSAL_TEXT = {
  ORIGIN_NOT_ALLOWED: 'connection.refused',
  RATE_LIMITED: 'connection.rateLimited',
} as const;

/** Always on screen: a quiet "connected", or plainly when messages cannot flow and why. */
export function ConnectionState({ t, state, refusal }: Props) {
  const explained = refusal === 'ORIGIN_NOT_ALLOWED' || refusal === 'RATE_LIMITED' ? refusal : undefined;
  const text = explained ? t(REFUSAL_TEXT[explained]) : t(`connection.${state}`);
  return (
    <p
      class="connection-state"
      data-testid="connection-state"
      data-state={state}
      data-refusal={explained}
      role="status"
    >
      <span class="dot" aria-hidden="true" />
      {text}
    </p>
  );
}
