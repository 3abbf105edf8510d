import type { Message } from '@pst/protocol';

/**
 * Adds `incoming` to a transcript kept in seq order. A seq already present is
 * kept as it was, so a message that arrives twice (event and ack, or a replay
 * after a reconnect) appears once, and one that arrives early lands in its
 * place. Returns `current` itself when nothing is new, so nothing re-renders.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const known = new Set(current.map((message) => message.seq));
  const fresh = incoming.filter((message) => {
    if (known.has(message.seq)) return false;
    known.add(message.seq);
    return true;
  });
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest seq up to which nothing is missing: a catch-up asks for what
 * comes after it, so a hole left by a lost event is filled too.
 */
export function contiguousSeq(messages: readonly Message[]): number {
  let expected = 1;
  for (const message of messages) {
    if (message.seq > expected) break;
    if (message.seq === expected) expected++;
  }
  return expected - 1;
}
