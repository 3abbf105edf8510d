import type { AuthorKind, FileRef, Message, SystemEvent } from '@pst/protocol';
import { systemText, type Translate } from '../i18n/index.ts';
import { formatMessageTime } from '../lib/office-time.ts';
import { MessageFiles } from './MessageFiles.tsx';
import { MessageText } from './MessageText.tsx';

/** `read`: the officer has read it (a read receipt). */
export type Delivery = 'sending' | 'sent' | 'read' | 'failed';

interface Props {
  t: Translate;
  author: AuthorKind;
  authorName?: string | undefined;
  event?: SystemEvent | undefined;
  /** What a system message's wording names, e.g. `officerName`. */
  params?: Message['params'];
  text: string;
  files?: readonly FileRef[] | undefined;
  /** ISO time. */
  at: string;
  /** The visitor's own messages only. */
  delivery?: Delivery | undefined;
  /** Show "sent" in words (the latest of the visitor's messages); sending and failed always show. */
  showSent?: boolean;
  onRetry?: (() => void) | undefined;
}

/** One message: who, when, what; for the visitor's own, whether it reached the server. */
export function MessageItem(props: Props) {
  const { t, author, authorName, event, params, text, files, at, delivery, showSent, onRetry } = props;
  const time = formatMessageTime(t, at);
  if (author === 'system') {
    return (
      <li class="message message-system" data-testid="message" data-author="system">
        <p class="message-text">{systemText(t, { event, params, text })}</p>
        <time dateTime={at}>{time}</time>
      </li>
    );
  }
  const who = author === 'visitor' ? t('message.you') : authorName || t('message.officer');
  return (
    <li class={`message message-${author}`} data-testid="message" data-author={author} data-delivery={delivery}>
      <p class="message-meta">
        <span class="message-author">{who}</span> <time dateTime={at}>{time}</time>
      </p>
      {text && <MessageText text={text} />}
      {files && files.length > 0 && <MessageFiles t={t} files={files} />}
      {delivery === 'sending' && <p class="delivery">{t('delivery.sending')}</p>}
      {delivery === 'sent' && showSent && <p class="delivery">{t('delivery.sent')}</p>}
      {delivery === 'read' && showSent && (
        <p class="delivery" data-testid="read-receipt">
          {t('delivery.read')}
        </p>
      )}
      {delivery === 'failed' && (
        <p class="delivery delivery-failed">
          {t('delivery.failed')}{' '}
          <button type="button" class="link-button" onClick={onRetry}>
            {t('delivery.retry')}
          </button>
        </p>
      )}
    </li>
  );
}
