import type { Message } from '@pst/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { systemText, type Translate } from '../i18n/index.ts';

interface Props {
  t: Translate;
  messages: readonly Message[];
}

/**
 * Reads out each new message from the officer or the system (polite: after
 * what the screen reader is saying). The transcript already on screen when
 * the window opens is not read out again.
 */
export function Announcer({ t, messages }: Props) {
  const heard = useRef<number | undefined>(undefined);
  const [text, setText] = useState('');
  const last = messages[messages.length - 1];

  useEffect(() => {
    if (!last) return;
    const first = heard.current === undefined;
    if (!first && last.seq > (heard.current ?? 0) && last.author !== 'visitor') {
      const name = last.author === 'officer' ? last.authorName || t('message.officer') : t('window.title');
      setText(t('announce.message', { name, text: systemText(t, last) }));
    }
    heard.current = Math.max(heard.current ?? 0, last.seq);
  }, [last, t]);

  return (
    <div class="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
