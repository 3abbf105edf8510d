import type { Attachments, UploadRequest } from '@pst/client';
import type { FileRef } from '@pst/protocol';
import { cleanText, MAX_MESSAGE_LENGTH } from '@pst/protocol/constants';
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';
import { useFocusIfLost } from '../lib/focus.ts';
import { textError } from '../lib/guest-book-rules.ts';

interface Props {
  t: Translate;
  /** What an upload needs (conversation, the visitor's headers); without it, no attach button. */
  fileAccess?: (() => Pick<UploadRequest, 'conversationId' | 'headers'> | undefined) | undefined;
  onSend(text: string, files: FileRef[]): void;
  onTyping(): void;
  onStopTyping(): void;
}

/**
 * Where the visitor writes. Enter sends, Shift+Enter starts a new line;
 * sending works offline too: the message waits in the outbox. Files come by
 * the attach button, by dropping them on it, or by pasting an image; each
 * uploads at once, and the message goes with those stored.
 */
export function Composer({ t, fileAccess, onSend, onTyping, onStopTyping }: Props) {
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  // After the guest book was sent, the visitor writes on here (the form that had the focus is gone).
  useFocusIfLost(input);
  const [upload, setUpload] = useState<{
    attachments: Attachments;
    List: typeof import('./upload-ui.ts').AttachmentList;
  }>();
  const attachments = upload?.attachments;
  const items = attachments?.items.value ?? [];
  const filesReady = items.some((item) => item.state === 'ready');
  const textOk = textError(text, MAX_MESSAGE_LENGTH) === undefined;
  const sendable = !attachments?.busy() && (textOk || (filesReady && cleanText(text) === ''));
  const add = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (!fileAccess || files.length === 0) return;
    if (attachments) return attachments.add(files);
    void import('./upload-ui.ts').then((ui) => {
      const created = ui.createAttachments({ access: fileAccess, upload: (request) => ui.uploadFile(request) });
      setUpload({ attachments: created, List: ui.AttachmentList });
      created.add(files);
    });
  };

  function send(event?: Event) {
    event?.preventDefault();
    if (!sendable) return;
    onSend(cleanText(text), attachments?.take() ?? []);
    setText('');
  }

  return (
    <form
      class="composer"
      onSubmit={send}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        add(event.dataTransfer?.files);
      }}
    >
      {upload && items.length > 0 && <upload.List t={t} items={items} onRemove={upload.attachments.remove} />}
      {fileAccess && (
        <label class="attach-button" title={t('file.attach')} data-testid="attach-button">
          <span aria-hidden="true">+</span>
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
      <textarea
        ref={input}
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
        onPaste={(event) => {
          if (!event.clipboardData?.files.length) return;
          event.preventDefault();
          add(event.clipboardData.files);
        }}
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
