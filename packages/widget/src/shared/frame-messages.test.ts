import { describe, expect, it } from 'vitest';
import { parseFrameToHost, parseHostToFrame } from './frame-messages.ts';

describe('messages between the iframe and the loader', () => {
  it('parses what the iframe may say', () => {
    expect(parseFrameToHost({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseFrameToHost({ type: 'close', extra: 1 })).toEqual({ type: 'close' });
    expect(parseFrameToHost({ type: 'unread', count: 3 })).toEqual({ type: 'unread', count: 3 });
  });

  it('drops anything else', () => {
    for (const data of [null, undefined, 'ready', 7, {}, { type: 'open' }, { type: 'unread', count: -1 }]) {
      expect(parseFrameToHost(data)).toBeUndefined();
    }
    for (const count of [1.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 32]) {
      expect(parseFrameToHost({ type: 'unread', count })).toBeUndefined();
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
