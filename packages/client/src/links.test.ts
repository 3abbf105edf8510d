import { describe, expect, it } from 'vitest';
import { splitLinks } from './links.ts';

describe('splitLinks', () => {
  it('makes http(s) addresses links and leaves the rest text', () => {
    expect(splitLinks('Lihat https://bps.go.id/data, atau http://x.id.')).toEqual([
      { kind: 'text', text: 'Lihat ' },
      { kind: 'link', text: 'https://bps.go.id/data', href: 'https://bps.go.id/data' },
      { kind: 'text', text: ', atau ' },
      { kind: 'link', text: 'http://x.id', href: 'http://x.id/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://x.id',
      'www.bps.go.id',
      'mailto:a@b.id',
    ]) {
      expect(splitLinks(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('keeps a closing parenthesis that belongs to the address', () => {
    expect(splitLinks('(see https://en.wikipedia.org/wiki/Bali_(province))')[1]).toMatchObject({
      text: 'https://en.wikipedia.org/wiki/Bali_(province)',
    });
  });

  it('leaves markup as text', () => {
    expect(splitLinks('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
