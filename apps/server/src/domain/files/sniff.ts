import type { FileKind } from '@pst/protocol';

/** How much of a file's start and end the sniffer keeps: enough for every signature it reads, never the file. */
export const SNIFF_WINDOW = 64 * 1024;

/** What the first bytes say; zip and OLE2 containers are told apart by their entries once the file has ended. */
export type Family = 'png' | 'jpg' | 'webp' | 'pdf' | 'zip' | 'ole' | 'svg' | 'text' | 'markup' | 'unknown';

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not. */
function isTextByte(byte: number): boolean {
  return byte >= 0x20 ? byte !== 0x7f : byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

function looksLikeText(head: Buffer, complete: boolean): boolean {
  if (head.length === 0) return false;
  for (const byte of head) if (!isTextByte(byte)) return false;
  try {
    // A multi-byte character cut at the window's edge is fine unless the file ends there.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** The family the file's first bytes (up to SNIFF_WINDOW, or the whole file when `complete`) say it is. */
export function familyOf(head: Buffer, complete: boolean): Family {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const body = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  if (!looksLikeText(body, complete)) return 'unknown';
  const start = body.subarray(0, 4096).toString('utf8').trimStart().toLowerCase();
  // Markup is never plain data: an SVG is recognised (and only ever downloaded), anything else refused.
  if (start.startsWith('<')) return /<svg[\s>]/.test(start) ? 'svg' : 'markup';
  return 'text';
}

/** Names of zip entries whose headers (local, or the central directory at the end) lie in these bytes. */
function zipEntryNames(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let i = bytes.indexOf('PK'); i !== -1 && i + 4 <= bytes.length; i = bytes.indexOf('PK', i + 2)) {
    const local = bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04;
    const central = bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02;
    const lengthAt = local ? 26 : 28;
    const nameAt = local ? 30 : 46;
    if ((!local && !central) || i + nameAt > bytes.length) continue;
    const length = bytes.readUInt16LE(i + lengthAt);
    if (i + nameAt + length <= bytes.length) names.push(bytes.toString('latin1', i + nameAt, i + nameAt + length));
  }
  return names;
}

const WORKBOOK_STREAMS = [Buffer.from('Workbook', 'utf16le'), Buffer.from('Book\0', 'utf16le')];

/**
 * The file's kind from its first and last bytes (each at most SNIFF_WINDOW), or undefined when it is none
 * we know. An xlsx is a zip with `xl/` entries, a docx one with `word/`; an xls an OLE2 file with a
 * Workbook stream; text is taken as CSV (the only plain-text kind), whatever the file's name says.
 */
export function kindOf(head: Buffer, tail: Buffer): FileKind | undefined {
  const family = familyOf(head, head.length < SNIFF_WINDOW);
  switch (family) {
    case 'png':
    case 'jpg':
    case 'webp':
    case 'pdf':
    case 'svg':
      return family;
    case 'text':
      return 'csv';
    case 'zip': {
      const names = [...zipEntryNames(head), ...zipEntryNames(tail)];
      if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
      if (names.some((name) => name.startsWith('word/'))) return 'docx';
      return undefined;
    }
    case 'ole':
      return WORKBOOK_STREAMS.some((name) => head.includes(name) || tail.includes(name)) ? 'xls' : undefined;
    default:
      return undefined;
  }
}

/** Whether a file of this family could still turn out to be one of `allowed` (checked before storing much). */
export function familyMayBe(family: Family, allowed: readonly FileKind[]): boolean {
  switch (family) {
    case 'zip':
      return allowed.includes('xlsx') || allowed.includes('docx');
    case 'ole':
      return allowed.includes('xls');
    case 'text':
      return allowed.includes('csv');
    case 'markup':
    case 'unknown':
      return false;
    default:
      return allowed.includes(family);
  }
}
