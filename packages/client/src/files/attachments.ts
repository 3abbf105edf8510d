import { type ReadonlySignal, signal } from '@preact/signals-core';
import type { ErrorCode, FileRef } from '@pst/protocol';
import { MAX_FILE_BYTES, MAX_FILES_PER_MESSAGE } from '@pst/protocol/constants';
import type { Upload, UploadRequest, UploadResult } from './upload.ts';

/** One file the person picked, dropped or pasted, on its way to the next message. */
export interface Attachment {
  key: number;
  name: string;
  size: number;
  state: 'uploading' | 'ready' | 'failed';
  /** 0 … 1 while uploading. */
  progress: number;
  file?: FileRef;
  /** Why it was refused: a code the UI words, and the server's own words when it gave some. */
  error?: ErrorCode | 'NETWORK' | 'TOO_MANY';
  message?: string;
}

export interface Attachments {
  items: ReadonlySignal<readonly Attachment[]>;
  /** Starts uploading each file (refused at once when too large or one too many). */
  add(files: readonly (Blob & { name?: string })[]): void;
  /** Cancels an upload, or removes a stored or refused file from the next message. */
  remove(key: number): void;
  /** Whether a message may go now: nothing still uploading. */
  busy(): boolean;
  /** The stored files for the message being sent; the list is emptied. */
  take(): FileRef[];
}

export interface AttachmentsDeps {
  /** What the upload needs besides the file, or undefined when nothing can be uploaded now. */
  access(): Pick<UploadRequest, 'conversationId' | 'headers'> | undefined;
  upload(request: UploadRequest): Upload;
  maxBytes?: number;
}

/** The files of the message being written: upload progress, cancel, and a clear refusal per file. */
export function createAttachments(deps: AttachmentsDeps): Attachments {
  const items = signal<readonly Attachment[]>([]);
  const uploads = new Map<number, Upload>();
  let nextKey = 1;
  const patch = (key: number, change: Partial<Attachment>) => {
    items.value = items.value.map((item) => (item.key === key ? { ...item, ...change } : item));
  };
  const settle = (key: number, result: UploadResult) => {
    uploads.delete(key);
    if (result.ok) patch(key, { state: 'ready', progress: 1, file: result.file });
    else if (result.code === 'CANCELLED') items.value = items.value.filter((item) => item.key !== key);
    else patch(key, { state: 'failed', error: result.code, ...(result.message ? { message: result.message } : {}) });
  };

  return {
    items,
    add(files) {
      for (const blob of files) {
        const key = nextKey++;
        const base: Attachment = { key, name: blob.name || 'berkas', size: blob.size, state: 'uploading', progress: 0 };
        const counted = items.value.filter((item) => item.state !== 'failed').length;
        const access = deps.access();
        if (counted >= MAX_FILES_PER_MESSAGE)
          items.value = [...items.value, { ...base, state: 'failed', error: 'TOO_MANY' }];
        else if (blob.size > (deps.maxBytes ?? MAX_FILE_BYTES))
          items.value = [...items.value, { ...base, state: 'failed', error: 'FILE_TOO_LARGE' }];
        else if (!access) items.value = [...items.value, { ...base, state: 'failed', error: 'NETWORK' }];
        else {
          items.value = [...items.value, base];
          const upload = deps.upload({ ...access, file: blob, onProgress: (progress) => patch(key, { progress }) });
          uploads.set(key, upload);
          void upload.done.then((result) => settle(key, result));
        }
      }
    },
    remove(key) {
      const upload = uploads.get(key);
      if (upload) upload.cancel();
      else items.value = items.value.filter((item) => item.key !== key);
    },
    busy: () => items.value.some((item) => item.state === 'uploading'),
    take() {
      const ready = items.value.flatMap((item) => (item.state === 'ready' && item.file ? [item.file] : []));
      items.value = items.value.filter((item) => item.state === 'uploading');
      return ready;
    },
  };
}
