import type { OutboxEntry } from '@pst/client';
import type { Message } from '@pst/protocol';
import { useT } from '../i18n/context.ts';
import { systemText } from '../i18n/index.ts';
import { clockTime } from '../lib/time.ts';
import { LinkedText } from './LinkedText.tsx';
import { MessageFiles } from './MessageFiles.tsx';

/**
 * One stored message. Text is rendered as text (never HTML); line breaks are kept by CSS. `read`: the visitor has
 * read it (an officer's message's read receipt).
 */
export function MessageItem({ message, read = false }: { message: Message; read?: boolean }) {
  const t = useT();
  if (message.author === 'system') {
    return (
      <li class="message message-system" data-testid="message" data-author="system">
        {systemText(t, message)}
        <span class="meta"> · {clockTime(message.at, t.lang)}</span>
      </li>
    );
  }
  const author = message.author === 'officer' ? (message.authorName ?? t('message.officer')) : t('message.visitor');
  return (
    <li
      class={`message message-${message.author}`}
      data-testid="message"
      data-author={message.author}
      data-state="sent"
      data-read={message.author === 'officer' && read ? '' : undefined}
    >
      <span class="author">{author}</span>
      {message.text && <LinkedText text={message.text} />}
      {message.files && <MessageFiles files={message.files} />}
      <span class="meta">
        {clockTime(message.at, t.lang)}
        {message.author === 'officer' ? ` · ${t(read ? 'delivery.read' : 'delivery.sent')}` : ''}
      </span>
    </li>
  );
}

/** A reply the server has not confirmed yet: sending, or failed with a retry. */
export function OutgoingItem({ entry, onRetry }: { entry: OutboxEntry; onRetry(clientMsgId: string): void }) {
  const t = useT();
  return (
    <li class="message message-officer pending" data-testid="message" data-author="officer" data-state={entry.state}>
      {entry.text && <LinkedText text={entry.text} />}
      {entry.files && <MessageFiles files={entry.files} />}
      <span class="meta">
        {entry.state === 'sending' ? t('delivery.sending') : t('delivery.failed')}
        {entry.error === 'WINDOW_CLOSED' && ` ${t('error.WINDOW_CLOSED')}`}
        {entry.state === 'failed' && (
          <button type="button" class="link" onClick={() => onRetry(entry.clientMsgId)}>
            {t('delivery.retry')}
          </button>
        )}
      </span>
    </li>
  );
}
