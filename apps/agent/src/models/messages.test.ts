import { describe, expect, it } from 'vitest';
import { message } from '../testing/fixtures.ts';
import { contiguousSeq, mergeMessages } from './messages.ts';

describe('mergeMessages', () => {
  it('keeps one copy of a message that arrives twice and returns the same list when nothing is new', () => {
    const once = mergeMessages([], [message(1), message(2)]);
    const twice = mergeMessages(once, [message(2), message(1)]);
    expect(twice).toBe(once);
    expect(twice.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('puts a message that arrives early in its place', () => {
    const merged = mergeMessages([message(1)], [message(3), message(2), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});

describe('contiguousSeq', () => {
  it('is the last seq before the first hole', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([message(1), message(2), message(4)])).toBe(2);
    expect(contiguousSeq([message(1), message(2), message(3)])).toBe(3);
  });
});
