import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  onEnd(): void;
}

/** Ends the chat from the visitor's side, after one confirmation in place (no browser dialog). */
export function EndConsultation({ t, onEnd }: Props) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const end = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The safe answer takes focus, so Enter right after does no harm; cancelling returns focus where it was.
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (asked.current) end.current?.focus();
    asked.current ||= asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="secondary" ref={end} data-testid="end-chat" onClick={() => setAsking(true)}>
        {t('chat.end')}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a fieldset of inputs
    <div class="end-confirm" role="group" aria-label={t('chat.endConfirm')}>
      <span>{t('chat.endConfirm')}</span>
      <button
        type="button"
        class="secondary"
        data-testid="end-confirm"
        onClick={() => {
          setAsking(false);
          onEnd();
        }}
      >
        {t('chat.endYes')}
      </button>
      <button type="button" class="secondary" ref={cancel} onClick={() => setAsking(false)}>
        {t('chat.endNo')}
      </button>
    </div>
  );
}
