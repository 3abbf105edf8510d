import type { ConversationSync } from '@pst/protocol';
import { coalesce } from '../coalesce.ts';
import type { Reply } from '../transport/transport.ts';

/** Where a catch-up starts: the conversation, and the seq up to which nothing is missing. */
export interface SyncQuery {
  conversationId: string;
  afterSeq: number;
}

export interface CatchUpDeps<C> {
  /** What to ask for now; nothing when there is no conversation to catch up. */
  position(): SyncQuery | undefined;
  /** `conversation:sync` on the app's transport. */
  sync(query: SyncQuery): Promise<Reply<ConversationSync<C>>>;
  /**
   * Each answer to the query it answers: on success the conversation's state and every message after
   * `afterSeq`, to merge (a Transcript's `synced`); otherwise why not.
   */
  apply(query: SyncQuery, reply: Reply<ConversationSync<C>>): void;
}

/**
 * Asks the server for every message after the last one held without a gap (`conversation:sync`): after every
 * (re)connection, and whenever a gap shows. Calls while one is under way coalesce into one more round, asked
 * from where the first left off.
 */
export function createCatchUp<C>(deps: CatchUpDeps<C>): () => Promise<void> {
  return coalesce(async () => {
    const query = deps.position();
    if (!query) return;
    const reply = await deps.sync(query);
    // Another conversation may have taken its place while the answer was on its way.
    if (deps.position()?.conversationId === query.conversationId) deps.apply(query, reply);
  });
}
