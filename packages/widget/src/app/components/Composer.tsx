import { cleanText, MAX_MESSAGE_LENGTH } from '@pst/protocol/constants';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { textError } from '../lib/guest-book-rules.ts';

interface Props {
  t: Translate;
  onSend(text: string): void;
  onTyping(): void;
  onStopTyping(): void;
}

/**
 * Where the visitor writes. Enter sends, Shift+Enter starts a new line;
 * sending works offline too: the message waits in the outbox.
 */
export function Composer({ t, onSend, onTyping, onStopTyping }: Props) {
  const [text, setText] = useState('');
  const sendable = textError(text, MAX_MESSAGE_LENGTH) === undefined;

  function send(event?: Event) {
    event?.preventDefault();
    if (!sendable) return;
    onSend(cleanText(text));
    setText('');
  }

  return (
    <form class="composer" onSubmit={send}>
      <textarea
        rows={1}
        value={text}
        aria-label={t('chat.input')}
        placeholder={t('chat.input')}
        maxLength={MAX_MESSAGE_LENGTH}
        data-testid="message-input"
        onInput={(event) => {
          setText(event.currentTarget.value);
          onTyping();
        }}
        onBlur={onStopTyping}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) send(event);
        }}
      />
      <button type="submit" class="primary" disabled={!sendable} data-testid="message-send">
        {t('chat.send')}
      </button>
    </form>
  );
}
