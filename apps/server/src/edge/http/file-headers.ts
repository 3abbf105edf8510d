import { fileMediaTypes, imageFileKinds } from '@pst/protocol';
import type { Response } from 'express';
import type { FileRecord } from '../../store/records.ts';

/** `filename` for old clients (ASCII only) and `filename*` (RFC 5987) with the real name. */
function disposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The headers of a file download. Always a download (`attachment`), except a PNG, JPEG or WebP asked
 * for `inline` (a thumbnail in an `<img>`); SVG and anything else never inline. `nosniff` keeps the
 * browser to our media type, and a sandboxing CSP with nothing allowed means that, even opened as a
 * page, the file runs no script, loads nothing and stays in an opaque origin. Only our own pages may
 * embed it (CORP), and nothing is kept in caches (a file erased is gone).
 */
export function setFileHeaders(res: Response, file: FileRecord, wantsInline: boolean): void {
  const inline = wantsInline && imageFileKinds.includes(file.kind);
  res.setHeader('Content-Type', fileMediaTypes[file.kind]);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', disposition(inline ? 'inline' : 'attachment', file.name));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox; frame-ancestors 'none'");
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'private, no-store');
}
