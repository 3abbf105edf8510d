import type { OutboxEntry } from '@pst/client';
import type { Message } from '@pst/protocol';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { MessageItem } from './MessageItem.tsx';

interface Props {
  t: Translate;
  messages: readonly Message[];
  /** The visitor's messages not confirmed yet; shown after the stored ones. */
  pending: readonly OutboxEntry[];
  onRetry(clientMsgId: string): void;
  /** Shown after the messages, inside the scrolling area (typing, the closed panel). */
  children?: ComponentChildren;
  /** Changes when `children` change size, so the view can stay at the end. */
  trailing?: string;
  /** The officer has read the messages up to this seq (read receipts). */
  readUpTo?: number | undefined;
}

/** How close to the end counts as "at the end": new content then scrolls into view. */
const PINNED_WITHIN_PX = 48;

/**
 * The transcript. It follows new messages only while the visitor is at the
 * end; a visitor reading history keeps their place and gets a "new
 * messages" button instead.
 */
export function MessageList({ t, messages, pending, onRetry, children, trailing, readUpTo = 0 }: Props) {
  const scroller = useRef<HTMLElement>(null);
  const pinned = useRef(true);
  const [newBelow, setNewBelow] = useState(false);
  const shownSize = useRef(0);
  const stored = new Set(messages.map((message) => message.clientMsgId));
  const waiting = pending.filter((entry) => !stored.has(entry.clientMsgId));
  const lastVisitorSeq = messages.reduce((last, m) => (m.author === 'visitor' ? m.seq : last), -1);
  const size = messages.length + waiting.length;

  const toEnd = () => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
    setNewBelow(false);
  };
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight <= PINNED_WITHIN_PX;
    if (pinned.current) setNewBelow(false);
  };

  // Runs when the content changes, by design: `size` and `trailing` stand for it.
  useLayoutEffect(() => {
    const grew = size > shownSize.current;
    shownSize.current = size;
    if (pinned.current) toEnd();
    else if (grew) setNewBelow(true);
  }, [size, trailing]);

  return (
    <div class="message-area">
      {/* Focusable so a keyboard alone can scroll the transcript (a scrollable region must be). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section class="messages" ref={scroller} onScroll={onScroll} tabIndex={0} aria-label={t('chat.messages')}>
        <ol class="message-list">
          {messages.map((message) => (
            <MessageItem
              key={`s${message.seq}`}
              t={t}
              author={message.author}
              authorName={message.authorName}
              event={message.event}
              params={message.params}
              text={message.text}
              files={message.files}
              at={message.at}
              delivery={message.author === 'visitor' ? (message.seq <= readUpTo ? 'read' : 'sent') : undefined}
              showSent={message.seq === lastVisitorSeq && waiting.length === 0}
            />
          ))}
          {waiting.map((entry) => (
            <MessageItem
              key={`p${entry.clientMsgId}`}
              t={t}
              author="visitor"
              text={entry.text}
              files={entry.files}
              at={entry.at}
              delivery={entry.state}
              onRetry={() => onRetry(entry.clientMsgId)}
            />
          ))}
        </ol>
        {children}
      </section>
      {newBelow && (
        <button type="button" class="new-below" onClick={toEnd}>
          {t('chat.newBelow')} ↓
        </button>
      )}
    </div>
  );
}
