import { describe, expect, it } from 'vitest';
import { message } from '../testing/fixtures.ts';
import { contiguousSeq, mergeMessages } from './merge.ts';

const seqs = (messages: readonly { seq: number }[]) => messages.map((m) => m.seq);

describe('mergeMessages', () => {
  it('keeps one copy of a message that arrives twice and returns the same list when nothing is new', () => {
    const once = mergeMessages([], [message(1), message(2)]);
    const twice = mergeMessages(once, [message(2), message(1)]);
    expect(twice).toBe(once);
    expect(seqs(twice)).toEqual([1, 2]);
  });

  it('puts a message that arrives early in its place', () => {
    expect(seqs(mergeMessages([message(1)], [message(3), message(2), message(3)]))).toEqual([1, 2, 3]);
  });

  it('keeps the first copy when an id or clientMsgId comes again under another seq', () => {
    const held = [message(1), message(2, { clientMsgId: 'mine-1' })];
    expect(mergeMessages(held, [message(5, { id: message(1).id })])).toBe(held);
    expect(mergeMessages(held, [message(6, { clientMsgId: 'mine-1' })])).toBe(held);
    expect(seqs(mergeMessages(held, [message(3), message(4, { clientMsgId: 'client-3' })]))).toEqual([1, 2, 3]);
  });
});

describe('contiguousSeq', () => {
  it('is the last seq before the first hole', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([message(1), message(2), message(4)])).toBe(2);
    expect(contiguousSeq([message(1), message(2), message(3)])).toBe(3);
  });

  it('counts everything up to the floor as known', () => {
    expect(contiguousSeq([message(4), message(5), message(7)], 3)).toBe(5);
    expect(contiguousSeq([message(1)], 3)).toBe(3);
  });
});
