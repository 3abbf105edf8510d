import { placeholders } from '@pst/client';
import { systemEvents } from '@pst/protocol/constants';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

describe('agent catalogues', () => {
  it('English has exactly the Indonesian keys, each with text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const text of [...Object.values(en), ...Object.values(id)]) expect(text.trim()).not.toBe('');
  });

  it('words every system event in both languages, with a fallback wherever a param is named', () => {
    for (const catalogue of [id, en] as Record<string, string>[]) {
      for (const event of systemEvents) {
        const wording = catalogue[`system.${event}`];
        expect(wording, event).toBeDefined();
        if (placeholders(wording ?? '').length)
          expect(placeholders(catalogue[`system.${event}.fallback`] ?? '{x}')).toEqual([]);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as MessageKey[])
      expect(placeholders(en[key]).sort(), key).toEqual(placeholders(id[key]).sort());
  });
});
