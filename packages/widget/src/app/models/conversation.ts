import { batch, type ReadonlySignal, signal } from '@preact/signals';
import type { Message, VisitorConversation } from '@pst/protocol';

export interface ConversationModel {
  current: ReadonlySignal<VisitorConversation | undefined>;
  /** The current conversation's messages, ordered by seq, each once. */
  messages: ReadonlySignal<Message[]>;
  /** The seq up to which nothing is missing: `conversation:sync` asks for what comes after it. */
  lastSeq(): number;
  /** Shows another conversation (started, found on load); messages may follow by sync. */
  open(conversation: VisitorConversation, messages?: Message[]): void;
  /** A sync answer: the conversation's state and every message after `afterSeq`. */
  applySync(afterSeq: number, sync: { conversation: VisitorConversation; messages: Message[] }): void;
  /** `conversation:updated`; true when the server holds messages we lack. */
  update(conversation: VisitorConversation): boolean;
  /** `message:created` or an ack; true when a gap shows messages are missing. */
  add(message: Message): boolean;
  clear(): void;
}

/**
 * One conversation and its messages, merged by seq: a message that arrives
 * twice (event and ack, or again after a reconnect) is kept once, and one
 * that arrives out of order takes its place.
 */
export function createConversationModel(): ConversationModel {
  const current = signal<VisitorConversation | undefined>(undefined);
  const messages = signal<Message[]>([]);
  // Everything up to `floor` is known: held, or confirmed absent by a sync.
  let floor = 0;

  function lastSeq(): number {
    let high = floor;
    for (const message of messages.value) {
      if (message.seq <= high) continue;
      if (message.seq !== high + 1) break;
      high = message.seq;
    }
    return high;
  }

  function merge(incoming: Message[]): void {
    const id = current.value?.id;
    const bySeq = new Map(messages.value.map((message) => [message.seq, message]));
    let changed = false;
    for (const message of incoming) {
      if (message.conversationId !== id || bySeq.has(message.seq)) continue;
      bySeq.set(message.seq, message);
      changed = true;
    }
    if (changed) messages.value = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  return {
    current,
    messages,
    lastSeq,
    open(conversation, initial = []) {
      batch(() => {
        floor = 0;
        current.value = conversation;
        messages.value = [];
        merge(initial);
      });
    },
    applySync(afterSeq, sync) {
      if (sync.conversation.id !== current.value?.id) return;
      batch(() => {
        current.value = sync.conversation;
        merge(sync.messages);
        floor = Math.max(floor, afterSeq, ...sync.messages.map((message) => message.seq));
      });
    },
    update(conversation) {
      if (conversation.id !== current.value?.id) return false;
      current.value = conversation;
      return conversation.lastSeq > lastSeq();
    },
    add(message) {
      merge([message]);
      return message.conversationId === current.value?.id && message.seq > lastSeq() + 1;
    },
    clear() {
      batch(() => {
        floor = 0;
        current.value = undefined;
        messages.value = [];
      });
    },
  };
}
