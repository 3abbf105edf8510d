// Real-looking files for the file tests, built from their formats' signatures (no fixtures on disk).
import { deflateRawSync } from 'node:zlib';
import type { FileRef } from '@pst/protocol';
import type { World } from './world.ts';

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A zip (deflated entries, central directory), as Office writes them. */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A small workbook: a zip with `[Content_Types].xml` first and the `xl/` parts. */
export function xlsx(padding = 0): Buffer {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': '<Relationships/>',
    'xl/workbook.xml': '<workbook/>',
    'xl/worksheets/sheet1.xml': `<worksheet>${'<row/>'.repeat(padding)}</worksheet>`,
  });
}

/** An 8-byte PNG signature and a few chunks' worth of bytes. */
export function png(bytes = 2048): Buffer {
  const body = Buffer.alloc(bytes, 0x11);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  return body;
}

/** A Windows executable's start (MZ, the PE header): what a renamed "report.xlsx" may really be. */
export function executable(): Buffer {
  const body = Buffer.alloc(4096, 0);
  body.write('MZ', 0, 'latin1');
  body.write('This program cannot be run in DOS mode.', 78, 'latin1');
  body.write('PE\0\0', 128, 'latin1');
  return body;
}

export const svg = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

export const csv = Buffer.from('lapangan_usaha;2024;2025\nPertanian;1.234,5;1.301,2\n');

/** Uploads as the widget does (visitor token) or the agent app (cookie); returns the HTTP answer. */
export async function upload(
  world: World,
  conversationId: string,
  name: string,
  body: Buffer,
  as: { token: string; office?: string } | { cookie: string },
): Promise<{ status: number; body: FileRef & { error?: { code: string; message: string } } }> {
  const auth: Record<string, string> =
    'token' in as
      ? { authorization: `Bearer ${as.token}`, 'x-pst-office': as.office ?? '5102' }
      : { cookie: as.cookie, origin: world.url };
  const url = `${world.url}/api/files?conversationId=${conversationId}&name=${encodeURIComponent(name)}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...auth },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Downloads a file as a visitor (token) or an officer (cookie). */
export function download(
  world: World,
  id: string,
  as: { token: string; office?: string } | { cookie: string },
  query = '',
) {
  const headers: Record<string, string> =
    'token' in as
      ? { authorization: `Bearer ${as.token}`, 'x-pst-office': as.office ?? '5102' }
      : { cookie: as.cookie };
  return fetch(`${world.url}/files/${id}${query}`, { headers });
}
