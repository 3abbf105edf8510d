import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id } from './id.ts';

describe('widget catalogues', () => {
  it('English has exactly the Indonesian keys, each with text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const text of [...Object.values(en), ...Object.values(id)]) expect(text.trim()).not.toBe('');
  });
});
