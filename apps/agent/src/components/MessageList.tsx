import type { OutboxEntry } from '@pst/client';
import type { Message } from '@pst/protocol';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { MessageItem, OutgoingItem } from './MessageItem.tsx';

/** Messages drawn at first and added per step back: long transcripts stay fast to switch to. */
const STEP = 50;

interface Props {
  messages: readonly Message[];
  outbox: readonly OutboxEntry[];
  onRetry(clientMsgId: string): void;
  /** The visitor has read the messages up to this seq (read receipts). */
  readUpTo?: number | undefined;
}

/**
 * The transcript, newest at the bottom. Scrolling to the top (or the button)
 * shows older messages; new ones scroll into view when the officer is at the bottom.
 */
export function MessageList({ messages, outbox, onRetry, readUpTo = 0 }: Props) {
  const t = useT();
  const [shown, setShown] = useState(STEP);
  const scroller = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const hidden = Math.max(0, messages.length - shown);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages, outbox]);

  const showOlder = () => setShown((count) => count + STEP);
  return (
    <ol
      class="transcript"
      ref={scroller}
      aria-label={t('conversation.transcript')}
      aria-live="polite"
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        if (element.scrollTop === 0 && hidden > 0) showOlder();
      }}
    >
      {hidden > 0 && (
        <li class="older">
          <button type="button" class="link" onClick={showOlder}>
            {t('conversation.older', { n: hidden })}
          </button>
        </li>
      )}
      {messages.slice(hidden).map((message) => (
        <MessageItem key={message.seq} message={message} read={message.seq <= readUpTo} />
      ))}
      {outbox.map((entry) => (
        <OutgoingItem key={entry.clientMsgId} entry={entry} onRetry={onRetry} />
      ))}
    </ol>
  );
}
