import type { Attachment } from '@pst/client';
import type { Translate } from '../i18n/index.ts';

/** The server words a refusal "Indonesian / English": the reader's half. */
function problem(t: Translate, item: Attachment): string {
  if (item.message) return item.message.split(' / ')[document.documentElement.lang === 'en' ? 1 : 0] ?? item.message;
  return t(item.error === 'FILE_TOO_LARGE' || item.error === 'TOO_MANY' ? `file.${item.error}` : 'file.failed');
}

/** The files going with the next message: progress while uploading, cancel or remove, and why one was refused. */
export function AttachmentList({
  t,
  items,
  onRemove,
}: {
  t: Translate;
  items: readonly Attachment[];
  onRemove(key: number): void;
}) {
  return (
    <ul class="attachments" aria-live="polite">
      {items.map((item) => (
        <li key={item.key} data-testid="attachment" data-state={item.state}>
          {item.name} {item.state === 'uploading' && <progress value={item.progress} />}
          <button
            type="button"
            class="link-button"
            aria-label={t('file.remove', { name: item.name })}
            onClick={() => onRemove(item.key)}
            data-testid="attachment-remove"
          >
            ×
          </button>
          {item.state === 'failed' && (
            <span class="delivery-failed" role="alert" data-testid="attachment-error">
              {problem(t, item)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
