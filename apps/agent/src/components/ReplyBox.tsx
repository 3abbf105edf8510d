import type { Attachments } from '@pst/client';
import type { CannedResponse, FileRef } from '@pst/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';
import { matchCanned } from '../models/canned.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { CannedSuggestions } from './CannedSuggestions.tsx';

interface Props {
  draft: string;
  canned: readonly CannedResponse[];
  onDraft(text: string): void;
  /** The files of the next reply. */
  attachments?: Attachments | undefined;
  onSend(text: string, files: FileRef[]): void;
  onTyping(typing: boolean): void;
}

/** A `/shortcut` at the end of the draft, after a space or at the start. */
const SHORTCUT_AT_END = /(^|\s)\/([a-z0-9_-]*)$/i;
/** Typing stops counting as typing after this long without a key. */
const TYPING_IDLE_MS = 3000;

/** The reply box: Enter sends, Shift+Enter adds a line, `/` and a shortcut offers canned responses. */
export function ReplyBox({ draft, canned, attachments, onDraft, onSend, onTyping }: Props) {
  const t = useT();
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();
  const typed = SHORTCUT_AT_END.exec(draft);
  const suggestions = typed && !dismissed ? matchCanned(canned, typed[2] ?? '') : [];

  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const stopTyping = () => {
    if (typingTimer.current === undefined) return;
    clearTimeout(typingTimer.current);
    typingTimer.current = undefined;
    onTyping(false);
  };
  const noteTyping = () => {
    if (typingTimer.current === undefined) onTyping(true);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  const pick = (item: CannedResponse) => {
    onDraft(draft.replace(SHORTCUT_AT_END, (_whole, before: string) => `${before}${item.text}`));
    setActive(0);
  };
  const items = attachments?.items.value ?? [];
  const sendable = !attachments?.busy() && (draft.trim() !== '' || items.some((item) => item.state === 'ready'));
  const add = (list: FileList | null | undefined) => {
    if (attachments && list && list.length > 0) attachments.add([...list]);
  };
  const send = () => {
    if (!sendable) return;
    stopTyping();
    onSend(draft.trim(), attachments?.take() ?? []);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Escape') return setDismissed(true);
      if (event.key === 'Tab' || (event.key === 'Enter' && !event.shiftKey)) {
        event.preventDefault();
        const item = suggestions[Math.min(active, suggestions.length - 1)];
        if (item) pick(item);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      class="reply"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        add(event.dataTransfer?.files);
      }}
    >
      {attachments && <AttachmentList items={items} onRemove={attachments.remove} />}
      {suggestions.length > 0 && <CannedSuggestions items={suggestions} active={active} onPick={pick} />}
      <textarea
        aria-label={t('reply.label')}
        placeholder={t('reply.placeholder')}
        rows={3}
        value={draft}
        data-testid="reply-input"
        aria-controls={suggestions.length > 0 ? 'canned-suggestions' : undefined}
        onInput={(event) => {
          setDismissed(false);
          setActive(0);
          onDraft(event.currentTarget.value);
          noteTyping();
        }}
        onKeyDown={onKeyDown}
        onBlur={stopTyping}
        onPaste={(event) => {
          if (!event.clipboardData?.files.length) return;
          event.preventDefault();
          add(event.clipboardData.files);
        }}
      />
      {attachments && (
        <label class="attach" title={t('file.attach')} data-testid="attach-button">
          📎
          <input
            type="file"
            multiple
            class="sr-only"
            aria-label={t('file.attach')}
            data-testid="attach-input"
            onChange={(event) => {
              add(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        </label>
      )}
      <button type="submit" data-testid="reply-send" disabled={!sendable}>
        {t('reply.send')}
      </button>
    </form>
  );
}
