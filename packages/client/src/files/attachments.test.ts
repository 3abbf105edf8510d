import { describe, expect, it } from 'vitest';
import { createAttachments } from './attachments.ts';
import type { Upload, UploadRequest, UploadResult } from './upload.ts';

function fakeUploads() {
  const started: { request: UploadRequest; finish(result: UploadResult): void; cancelled: boolean }[] = [];
  const upload = (request: UploadRequest): Upload => {
    let finish!: (result: UploadResult) => void;
    const done = new Promise<UploadResult>((resolve) => {
      finish = resolve;
    });
    const entry = { request, finish, cancelled: false };
    started.push(entry);
    return {
      done,
      cancel: () => {
        entry.cancelled = true;
        finish({ ok: false, code: 'CANCELLED' });
      },
    };
  };
  return { started, upload };
}

const file = (name: string, size = 10) => Object.assign(new Blob([new Uint8Array(size)]), { name });
const ref = (id: string) => ({ id, name: 'a.png', kind: 'png' as const, size: 10 });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('attachments', () => {
  it('uploads with progress; a stored file goes with the next message, a refused one says why', async () => {
    const { started, upload } = fakeUploads();
    const attachments = createAttachments({ access: () => ({ conversationId: 'c1', headers: { a: 'b' } }), upload });
    attachments.add([file('a.png'), file('b.exe')]);
    expect(attachments.busy()).toBe(true);
    started[0]?.request.onProgress?.(0.5);
    expect(attachments.items.value[0]).toMatchObject({ state: 'uploading', progress: 0.5 });
    started[0]?.finish({ ok: true, file: ref('f1') });
    started[1]?.finish({ ok: false, code: 'FILE_TYPE_NOT_ALLOWED', message: 'Jenis berkas ini tidak diterima' });
    await tick();
    expect(attachments.busy()).toBe(false);
    expect(attachments.items.value[1]).toMatchObject({ state: 'failed', error: 'FILE_TYPE_NOT_ALLOWED' });
    expect(attachments.take()).toEqual([ref('f1')]);
    expect(attachments.items.value).toEqual([]);
  });

  it('cancels an upload, and refuses at once a file too large or one too many', async () => {
    const { started, upload } = fakeUploads();
    const attachments = createAttachments({ access: () => ({ conversationId: 'c1' }), upload, maxBytes: 100 });
    attachments.add([file('big.pdf', 101)]);
    expect(started).toHaveLength(0);
    expect(attachments.items.value[0]).toMatchObject({ state: 'failed', error: 'FILE_TOO_LARGE' });
    attachments.add([file('a.png')]);
    const key = attachments.items.value[1]?.key ?? 0;
    attachments.remove(key);
    await tick();
    expect(started[0]?.cancelled).toBe(true);
    expect(attachments.items.value.map((item) => item.name)).toEqual(['big.pdf']);
    attachments.add([1, 2, 3, 4, 5, 6].map((n) => file(`${n}.png`)));
    expect(attachments.items.value.at(-1)).toMatchObject({ name: '6.png', error: 'TOO_MANY' });
  });
});
