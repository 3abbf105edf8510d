import { Transform, type TransformCallback } from 'node:stream';
import type { FileKind } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import { familyMayBe, familyOf, SNIFF_WINDOW } from './sniff.ts';

/**
 * Passes a file's bytes through while counting them and keeping only its first and last SNIFF_WINDOW
 * bytes: it fails with FILE_TOO_LARGE at the first byte over `maxBytes`, and with FILE_TYPE_NOT_ALLOWED
 * as soon as the start shows a kind the office does not accept. Memory stays at two windows whatever
 * the file's size.
 */
export class CheckedFileStream extends Transform {
  size = 0;
  private headParts: Buffer[] = [];
  private headBytes = 0;
  private tailBuffer = Buffer.alloc(0);
  private headChecked = false;

  constructor(
    private readonly maxBytes: number,
    private readonly allowed: readonly FileKind[],
  ) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headParts);
  }

  get tail(): Buffer {
    return this.tailBuffer;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new AppError('FILE_TOO_LARGE', tooLarge(this.maxBytes)));
      return;
    }
    if (this.headBytes < SNIFF_WINDOW) {
      const part = chunk.subarray(0, SNIFF_WINDOW - this.headBytes);
      this.headParts.push(Buffer.from(part));
      this.headBytes += part.length;
    }
    const joined = Buffer.concat([this.tailBuffer, chunk]);
    this.tailBuffer = Buffer.from(joined.subarray(Math.max(0, joined.length - SNIFF_WINDOW)));
    if (!this.headChecked && this.headBytes >= SNIFF_WINDOW) {
      this.headChecked = true;
      const refused = this.refusal(false);
      if (refused) {
        done(refused);
        return;
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.headChecked ? null : this.refusal(true));
  }

  private refusal(complete: boolean): AppError | null {
    return familyMayBe(familyOf(this.head, complete), this.allowed) ? null : notAllowed(this.allowed);
  }
}

export function tooLarge(maxBytes: number): string {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return `Berkas lebih besar dari ${mb} MB. / The file is larger than ${mb} MB.`;
}

export function notAllowed(allowed: readonly FileKind[]): AppError {
  const list = allowed.join(', ') || '-';
  return new AppError(
    'FILE_TYPE_NOT_ALLOWED',
    `Jenis berkas ini tidak diterima; yang diterima: ${list}. / This kind of file is not accepted; accepted: ${list}.`,
  );
}
