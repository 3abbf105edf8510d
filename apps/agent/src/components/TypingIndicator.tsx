import { useT } from '../i18n/context.ts';

/** "The visitor is typing…", present only while they type. */
export function TypingIndicator({ typing, name }: { typing: boolean; name: string }) {
  const t = useT();
  return (
    <div class="typing" aria-live="polite">
      {typing && <span data-testid="typing-indicator">{t('conversation.typing', { name })}</span>}
    </div>
  );
}
