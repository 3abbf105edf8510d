import { describe, expect, it } from 'vitest';
import { message } from '../testing/fixtures.ts';
import { createTranscript } from './transcript.ts';

const seqs = (transcript: ReturnType<typeof createTranscript>) => transcript.messages.value.map((m) => m.seq);

describe('a transcript', () => {
  it('keeps a message that arrives twice once', () => {
    const transcript = createTranscript();
    transcript.reset([message(1)]);
    transcript.add([message(2)]);
    transcript.add([message(2)]);
    transcript.add([message(1)]);
    expect(seqs(transcript)).toEqual([1, 2]);
  });

  it('puts a message that arrives out of order in its place, and reports the gap', () => {
    const transcript = createTranscript();
    transcript.reset([message(1)]);
    expect(transcript.add([message(3)])).toBe(true);
    expect(transcript.contiguousSeq()).toBe(1);
    expect(transcript.add([message(2)])).toBe(false);
    expect(seqs(transcript)).toEqual([1, 2, 3]);
    expect(transcript.contiguousSeq()).toBe(3);
  });

  it('does not ask again for a seq the server confirmed absent', () => {
    const transcript = createTranscript();
    transcript.synced(0, [message(1), message(3)]);
    expect(transcript.contiguousSeq()).toBe(3);
    transcript.synced(5, []);
    expect(transcript.contiguousSeq()).toBe(5);
  });

  it('starts over on reset, forgetting what it knew', () => {
    const transcript = createTranscript();
    transcript.synced(4, [message(5)]);
    transcript.reset([message(1)]);
    expect(seqs(transcript)).toEqual([1]);
    expect(transcript.contiguousSeq()).toBe(1);
  });
});
