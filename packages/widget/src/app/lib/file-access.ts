import { fileUrl } from '@pst/client';
import type { FileRef } from '@pst/protocol';

// How the chat UI reads files: with the visitor's token in a header (never in a URL or a cookie), so an
// image is fetched and shown from a `blob:` URL, and a download is saved from one.

let headers: () => Record<string, string> | undefined = () => undefined;
const images = new Map<string, Promise<string>>();

/** Where the visitor's headers come from (set once, by the widget). */
export function useFileHeaders(source: typeof headers): void {
  headers = source;
}

async function blobUrl(file: FileRef, inline: boolean): Promise<string> {
  const res = await fetch(fileUrl(file.id, inline), { headers: headers() ?? {} });
  if (!res.ok) throw new Error(`${res.status}`);
  return URL.createObjectURL(await res.blob());
}

/** A `blob:` URL of the image for a thumbnail, fetched once. */
export function imageUrl(file: FileRef): Promise<string> {
  const url = images.get(file.id) ?? blobUrl(file, true);
  images.set(file.id, url);
  return url;
}

/** Saves the file to the visitor's device. */
export async function download(file: FileRef): Promise<void> {
  const link = document.createElement('a');
  link.href = await blobUrl(file, false);
  link.download = file.name;
  link.click();
}
