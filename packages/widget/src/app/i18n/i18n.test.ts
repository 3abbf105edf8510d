import { systemEvents } from '@pst/protocol/constants';
import { describe, expect, it } from 'vitest';
import { loaderWords } from '../../loader/strings.ts';
import { translator } from './both.ts';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('widget catalogues', () => {
  it('English has exactly the Indonesian keys, each with text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const text of [...Object.values(en), ...Object.values(id)]) expect(text.trim()).not.toBe('');
  });

  it('both languages use the same placeholders in each message', () => {
    for (const key of Object.keys(id) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translator('id')('queue.position', { n: 3 })).toBe('Anda nomor 3 dalam antrean.');
  });

  it('the loader has every word in both languages', () => {
    expect(loaderWords.en).toHaveLength(loaderWords.id.length);
    for (const text of [...loaderWords.en, ...loaderWords.id]) expect(text.trim()).not.toBe('');
  });

  it('words every system event in both languages, with a fallback wherever a param is named', () => {
    for (const catalogue of [id, en] as Record<string, string>[]) {
      for (const event of systemEvents) {
        const wording = catalogue[`event.${event}`];
        expect(wording, event).toBeDefined();
        if (placeholders(wording ?? '').length)
          expect(placeholders(catalogue[`event.${event}.fallback`] ?? '{x}')).toEqual([]);
      }
    }
  });
});
