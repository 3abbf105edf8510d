import type { Message } from '@pst/protocol';

/**
 * Adds `incoming` to a transcript kept in seq order. A message already held (same seq, id or clientMsgId) is
 * kept as it was, so one that arrives twice (event and ack, or a replay after a reconnect) appears once, and one
 * that arrives early lands in its place. Returns `current` itself when nothing is new, so nothing re-renders.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const seqs = new Set(current.map((message) => message.seq));
  const ids = new Set(current.flatMap((message) => [message.id, message.clientMsgId]));
  const fresh = incoming.filter((message) => {
    if (seqs.has(message.seq) || ids.has(message.id) || ids.has(message.clientMsgId)) return false;
    seqs.add(message.seq);
    ids.add(message.id).add(message.clientMsgId);
    return true;
  });
  if (fresh.length === 0) return current;
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}

/**
 * The highest seq up to which nothing is missing, counting everything up to `floor` as known (a sync confirmed
 * it): a catch-up asks for what comes after it, so a hole left by a lost event is filled too.
 */
export function contiguousSeq(messages: readonly Message[], floor = 0): number {
  let high = floor;
  for (const message of messages) {
    if (message.seq <= high) continue;
    if (message.seq !== high + 1) break;
    high = message.seq;
  }
  return high;
}
