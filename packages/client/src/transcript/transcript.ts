import { batch, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Message } from '@pst/protocol';
import { contiguousSeq, mergeMessages } from './merge.ts';

export interface Transcript {
  /** In seq order, each message once. */
  messages: ReadonlySignal<readonly Message[]>;
  /** The seq up to which nothing is missing (held, or confirmed absent by a sync): a catch-up asks after it. */
  contiguousSeq(): number;
  /** Merges messages from an event or an ack; true when a gap shows that some before them are missing. */
  add(incoming: readonly Message[]): boolean;
  /** A sync answer: every message after `afterSeq`, so nothing up to the last of them is missing any more. */
  synced(afterSeq: number, messages: readonly Message[]): void;
  /** Starts over (another conversation), with the messages known so far. */
  reset(initial?: readonly Message[]): void;
}

/** One conversation's messages, merged by seq. The caller keeps other conversations' messages out. */
export function createTranscript(): Transcript {
  const messages = signal<readonly Message[]>([]);
  // Everything up to `floor` is known: held, or confirmed absent by a sync.
  let floor = 0;
  const known = () => contiguousSeq(messages.value, floor);
  const merge = (incoming: readonly Message[]) => {
    messages.value = mergeMessages(messages.value, incoming);
  };

  return {
    messages,
    contiguousSeq: known,
    add(incoming) {
      merge(incoming);
      const high = known();
      return incoming.some((message) => message.seq > high + 1);
    },
    synced(afterSeq, synced) {
      merge(synced);
      floor = Math.max(floor, afterSeq, ...synced.map((message) => message.seq));
    },
    reset(initial = []) {
      batch(() => {
        floor = 0;
        messages.value = [];
        merge(initial);
      });
    },
  };
}
