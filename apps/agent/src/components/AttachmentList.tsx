import type { Attachment } from '@pst/client';
import { useT } from '../i18n/context.ts';

/** The files going with the next reply: progress while uploading, cancel or remove, and why one was refused. */
export function AttachmentList({ items, onRemove }: { items: readonly Attachment[]; onRemove(key: number): void }) {
  const t = useT();
  const problem = (item: Attachment) => {
    if (item.message) return item.message.split(' / ')[t.lang === 'en' ? 1 : 0] ?? item.message;
    return t(item.error === 'FILE_TOO_LARGE' || item.error === 'TOO_MANY' ? `file.${item.error}` : 'file.failed');
  };
  if (items.length === 0) return null;
  return (
    <ul class="attachments" aria-live="polite">
      {items.map((item) => (
        <li key={item.key} data-testid="attachment" data-state={item.state}>
          {item.name} {item.state === 'uploading' && <progress value={item.progress} />}
          <button
            type="button"
            class="link"
            aria-label={t('file.remove', { name: item.name })}
            onClick={() => onRemove(item.key)}
            data-testid="attachment-remove"
          >
            ×
          </button>
          {item.state === 'failed' && (
            <span class="error" role="alert" data-testid="attachment-error">
              {problem(item)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
