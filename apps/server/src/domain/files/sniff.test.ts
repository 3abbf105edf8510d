import { describe, expect, it } from 'vitest';
import { familyMayBe, familyOf, kindOf, SNIFF_WINDOW } from './sniff.ts';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));

/** A zip's local header for one entry name (no data): enough for the sniffer. */
const zipEntry = (name: string) => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name)]);
};

describe('content sniffing', () => {
  it.each([
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 'rest')],
    ['jpg', bytes(0xff, 0xd8, 0xff, 0xe0, 'JFIF')],
    ['webp', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['csv', Buffer.from('tahun,nilai\n2025,1.234\n')],
    ['csv', Buffer.from('\ufeffnama;wilayah\nPenduduk Balí;5102\n')],
    ['xlsx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')])],
    ['docx', Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')])],
    ['xls', Buffer.concat([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Buffer.from('Workbook', 'utf16le')])],
    ['svg', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('recognises %s', (kind, head) => {
    expect(kindOf(head, head)).toBe(kind);
  });

  it.each([
    ['an executable', bytes('MZ', 0x90, 0, 3, 0, 'PE')],
    ['an ELF binary', bytes(0x7f, 'ELF', 2, 1, 1)],
    ['an HTML page', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>')],
    ['a zip of other things', zipEntry('payload/run.exe')],
    [
      'an OLE2 file that is no workbook',
      Buffer.concat([bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Buffer.from('WordDocument', 'utf16le')]),
    ],
    ['text with NUL bytes', Buffer.from('a,b\n\0\0\0')],
    ['invalid UTF-8', bytes('a,b\n', 0xc3, 0x28)],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_what, head) => {
    expect(kindOf(head, head)).toBeUndefined();
  });

  it('finds a workbook by its central directory at the end when the start does not show it', () => {
    const head = Buffer.concat([zipEntry('[Content_Types].xml'), Buffer.alloc(SNIFF_WINDOW, 7)]).subarray(
      0,
      SNIFF_WINDOW,
    );
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE('xl/workbook.xml'.length, 28);
    const tail = Buffer.concat([Buffer.alloc(100, 1), central, Buffer.from('xl/workbook.xml')]);
    expect(kindOf(head, Buffer.alloc(0))).toBeUndefined();
    expect(kindOf(head, tail)).toBe('xlsx');
  });

  it('tells early whether a start could still become an accepted kind', () => {
    expect(familyMayBe(familyOf(zipEntry('x'), false), ['pdf'])).toBe(false);
    expect(familyMayBe(familyOf(zipEntry('x'), false), ['docx'])).toBe(true);
    expect(familyMayBe(familyOf(Buffer.from('<html>'), true), ['csv', 'svg'])).toBe(false);
  });
});
