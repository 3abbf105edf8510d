import { batch, type ReadonlySignal, signal } from '@preact/signals';
import { createTranscript } from '@pst/client';
import type { Message, VisitorConversation } from '@pst/protocol';

export interface ConversationModel {
  current: ReadonlySignal<VisitorConversation | undefined>;
  /** The current conversation's messages, ordered by seq, each once. */
  messages: ReadonlySignal<readonly Message[]>;
  /** The seq up to which nothing is missing: `conversation:sync` asks for what comes after it. */
  lastSeq(): number;
  /** Shows another conversation (started, found on load); messages may follow by sync. */
  open(conversation: VisitorConversation, messages?: readonly Message[]): void;
  /** A sync answer: the conversation's state and every message after `afterSeq`. */
  applySync(afterSeq: number, sync: { conversation: VisitorConversation; messages: readonly Message[] }): void;
  /** `conversation:updated`; true when the server holds messages we lack. */
  update(conversation: VisitorConversation): boolean;
  /** `message:created` or an ack; true when a gap shows messages are missing. */
  add(message: Message): boolean;
  clear(): void;
}

/**
 * The visitor's one conversation and its messages, merged by seq (@pst/client's transcript): a message that
 * arrives twice is kept once, one that arrives out of order takes its place, and another conversation's
 * messages and updates are ignored.
 */
export function createConversationModel(): ConversationModel {
  const current = signal<VisitorConversation | undefined>(undefined);
  const transcript = createTranscript();
  const ours = (messages: readonly Message[]) =>
    messages.filter((message) => message.conversationId === current.value?.id);

  return {
    current,
    messages: transcript.messages,
    lastSeq: transcript.contiguousSeq,
    open(conversation, initial = []) {
      batch(() => {
        current.value = conversation;
        transcript.reset(ours(initial));
      });
    },
    applySync(afterSeq, sync) {
      if (sync.conversation.id !== current.value?.id) return;
      batch(() => {
        current.value = sync.conversation;
        transcript.synced(afterSeq, ours(sync.messages));
      });
    },
    update(conversation) {
      if (conversation.id !== current.value?.id) return false;
      current.value = conversation;
      return conversation.lastSeq > transcript.contiguousSeq();
    },
    add(message) {
      const mine = ours([message]);
      return mine.length > 0 && transcript.add(mine);
    },
    clear() {
      batch(() => {
        current.value = undefined;
        transcript.reset();
      });
    },
  };
}
