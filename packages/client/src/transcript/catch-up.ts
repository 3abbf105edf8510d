import { batch } from '@preact/signals-core';
import type { ConversationSync } from '@pst/protocol';
import { coalesce } from '../coalesce.ts';
import { isUnanswered, type Reply } from '../transport/transport.ts';
import type { Transcript } from './transcript.ts';

export interface CatchUpDeps<C> {
  transcript: Transcript;
  /** The conversation to catch up; none, nothing to do. */
  conversationId(): string | undefined;
  /** `conversation:sync` on the app's transport. */
  sync(query: { conversationId: string; afterSeq: number }): Promise<Reply<ConversationSync<C>>>;
  /** Each answer, after its messages are merged: the conversation's new state, or why the server refused. */
  onReply?(reply: Reply<ConversationSync<C>>): void;
}

/**
 * Asks the server for every message after the last one held without a gap (`conversation:sync`) and merges
 * them: after every (re)connection, and whenever a gap shows. Calls while one is under way coalesce into one
 * more round; a round that gets no answer ends the run, since the next connection catches up again.
 */
export function createCatchUp<C>(deps: CatchUpDeps<C>): () => Promise<void> {
  return coalesce(async () => {
    const conversationId = deps.conversationId();
    if (!conversationId) return false;
    const afterSeq = deps.transcript.contiguousSeq();
    const reply = await deps.sync({ conversationId, afterSeq });
    // The conversation may have changed while the answer was on its way.
    if (deps.conversationId() !== conversationId) return false;
    batch(() => {
      if (reply.ok) deps.transcript.synced(afterSeq, reply.data.messages);
      deps.onReply?.(reply);
    });
    return !isUnanswered(reply);
  });
}
