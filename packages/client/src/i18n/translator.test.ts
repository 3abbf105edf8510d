import { describe, expect, it } from 'vitest';
import { createTranslator, fill, placeholders } from './translator.ts';

const translator = createTranslator({
  id: { greeting: 'Halo, {name}!', queue: 'Anda nomor {n}.' },
  en: { greeting: 'Hello, {name}!', queue: 'You are number {n}.' },
});

describe('the translator', () => {
  it('reads the catalogue of its language and fills placeholders', () => {
    expect(translator('en')('greeting', { name: 'Made' })).toBe('Hello, Made!');
    expect(translator('id')('queue', { n: 3 })).toBe('Anda nomor 3.');
    expect(translator('en').lang).toBe('en');
  });

  it('reads Indonesian for an unknown language', () => {
    const t = translator('fr' as never);
    expect(t.lang).toBe('id');
    expect(t('greeting', { name: 'Made' })).toBe('Halo, Made!');
  });

  it('leaves a placeholder without a value as it is, and the text without vars untouched', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translator('en')('greeting')).toBe('Hello, {name}!');
  });

  it('knows which keys it has, own keys only', () => {
    const t = translator('id');
    expect(t.has('greeting')).toBe(true);
    expect(t.has('missing')).toBe(false);
    expect(t.has('toString')).toBe(false);
  });

  it('lists the placeholders of a text', () => {
    expect(placeholders('{n} dari {max}')).toEqual(['n', 'max']);
    expect(placeholders('tanpa')).toEqual([]);
  });
});
