import type { VisitorTransport } from '../transport/visitor-transport.ts';
import type { ConversationModel } from './conversation.ts';

/**
 * Asks the server for every message after the last one held without a gap
 * (`conversation:sync`). Calls while one is under way coalesce into one more
 * round, so a burst of gaps costs at most two requests.
 */
export function createCatchUp(transport: VisitorTransport, conversation: ConversationModel): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;

  async function rounds(): Promise<void> {
    do {
      again = false;
      const current = conversation.current.value;
      if (!current) return;
      const afterSeq = conversation.lastSeq();
      try {
        const ack = await transport.request('conversation:sync', { conversationId: current.id, afterSeq });
        if (ack.ok) conversation.applySync(afterSeq, ack.data);
      } catch {
        return; // The next connection catches up again.
      }
    } while (again);
  }

  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = rounds().finally(() => {
      running = undefined;
    });
    return running;
  };
}
