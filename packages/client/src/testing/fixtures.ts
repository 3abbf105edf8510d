import type { Message } from '@pst/protocol';

export const CONVERSATION_ID = 'c'.repeat(24);

/** A stored message with readable overrides; ids and clientMsgIds differ by seq. */
export function message(seq: number, changes: Partial<Message> = {}): Message {
  return {
    id: seq.toString(16).padStart(24, '0'),
    conversationId: CONVERSATION_ID,
    seq,
    clientMsgId: `client-${seq}`,
    author: 'officer',
    authorName: 'Ayu Lestari',
    text: `message ${seq}`,
    at: '2026-11-23T02:00:00.000Z',
    ...changes,
  };
}
