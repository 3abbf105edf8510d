import { useT } from '../i18n/context.ts';
import type { MessageKey } from '../i18n/index.ts';

const known = new Set([
  'ALREADY_TAKEN',
  'OFFICER_UNAVAILABLE',
  'CONVERSATION_CLOSED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'WINDOW_CLOSED',
]);

/** A refused action, in words: the error code picks the text; unknown codes get a general one. */
export function Notice({ code, onDismiss }: { code: string; onDismiss(): void }) {
  const t = useT();
  const key = (known.has(code) ? `error.${code}` : 'error.other') as MessageKey;
  return (
    <div class="notice" role="alert">
      <span>{t(key)}</span>
      <button type="button" class="link" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
