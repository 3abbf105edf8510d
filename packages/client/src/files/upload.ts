import type { ErrorCode, FileRef } from '@pst/protocol';
import { FILE_UPLOAD_PATH } from '@pst/protocol/constants';

/** How an upload ended: stored (its ref goes with `message:send`), refused with the server's words, or cancelled. */
export type UploadResult =
  | { ok: true; file: FileRef }
  | { ok: false; code: ErrorCode | 'NETWORK' | 'CANCELLED'; message?: string };

export interface UploadRequest {
  conversationId: string;
  file: Blob & { name?: string };
  /** Visitor: `Authorization` and `X-PST-Office`; officer: none (the session cookie goes by itself). */
  headers?: Record<string, string>;
  /** 0 … 1 as the bytes leave. */
  onProgress?(fraction: number): void;
}

export interface Upload {
  done: Promise<UploadResult>;
  cancel(): void;
}

/** What is used of the browser's XMLHttpRequest (declared here: the package also compiles without the DOM). */
interface Xhr {
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  status: number;
  responseText: string;
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob): void;
  abort(): void;
}

/**
 * Sends one file's raw bytes to the server, with progress (XMLHttpRequest: fetch reports none for
 * uploads) and a cancel. The server answers the file's ref, or an error naming why it refused.
 */
export function uploadFile(request: UploadRequest, base = ''): Upload {
  const xhr = new (globalThis as unknown as { XMLHttpRequest: new () => Xhr }).XMLHttpRequest();
  const name = request.file.name || 'berkas';
  const done = new Promise<UploadResult>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { id?: string; error?: { code: ErrorCode; message: string } } | undefined;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201 && body?.id) resolve({ ok: true, file: body as FileRef });
      else
        resolve({
          ok: false,
          code: body?.error?.code ?? 'NETWORK',
          ...(body?.error ? { message: body.error.message } : {}),
        });
    };
    xhr.onerror = () => resolve({ ok: false, code: 'NETWORK' });
    xhr.onabort = () => resolve({ ok: false, code: 'CANCELLED' });
  });
  const query = `conversationId=${encodeURIComponent(request.conversationId)}&name=${encodeURIComponent(name)}`;
  xhr.open('POST', `${base}${FILE_UPLOAD_PATH}?${query}`);
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  for (const [header, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(header, value);
  xhr.send(request.file);
  return { done, cancel: () => xhr.abort() };
}
