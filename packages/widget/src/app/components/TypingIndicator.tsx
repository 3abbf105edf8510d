import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  officerName?: string | undefined;
}

/** The officer is typing; shown only while they are. */
export function TypingIndicator({ t, officerName }: Props) {
  return (
    <p class="typing-indicator" data-testid="typing-indicator">
      <span class="typing-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {t('typing.officer', { name: officerName || t('message.officer') })}
    </p>
  );
}
