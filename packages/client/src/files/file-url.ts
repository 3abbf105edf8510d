import { FILE_DOWNLOAD_PREFIX } from '@pst/protocol/constants';

/** Where a file is downloaded from; `inline` for a thumbnail in an `<img>` (images only, the server decides). */
export function fileUrl(id: string, inline = false, base = ''): string {
  return `${base}${FILE_DOWNLOAD_PREFIX}${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;
}

/** "1.2 MB", "340 KB": a size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}
