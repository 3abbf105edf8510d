import { describe, expect, it } from 'vitest';
import { isFrameToHost, parseHostToFrame } from './frame-messages.ts';

describe('messages between the iframe and the loader', () => {
  it('knows what the iframe may say', () => {
    expect(isFrameToHost({ type: 'ready' })).toBe(true);
    expect(isFrameToHost({ type: 'close', extra: 1 })).toBe(true);
    expect(isFrameToHost({ type: 'unread', count: 3 })).toBe(true);
    expect(isFrameToHost({ type: 'unread', count: 0 })).toBe(true);
  });

  it('drops anything else', () => {
    for (const data of [null, undefined, 'ready', 7, {}, { type: 'open' }, { type: 'unread', count: -1 }]) {
      expect(isFrameToHost(data)).toBe(false);
    }
    for (const count of [1.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 32]) {
      expect(isFrameToHost({ type: 'unread', count })).toBe(false);
    }
  });

  it('parses what the loader may say, and drops anything else', () => {
    expect(parseHostToFrame({ type: 'open' })).toEqual({ type: 'open' });
    expect(parseHostToFrame({ type: 'setLanguage', lang: 'en' })).toEqual({ type: 'setLanguage', lang: 'en' });
    for (const data of [null, { type: 'ready' }, { type: 'setLanguage' }, { type: 'setLanguage', lang: 'jv' }]) {
      expect(parseHostToFrame(data)).toBeUndefined();
    }
  });
});
