import type { Message, VisitorConversation } from '@pst/protocol';
import type { VisitorTransport } from '../transport/visitor-transport.ts';
import type { ConversationModel } from './conversation.ts';
import type { TypingModel } from './typing.ts';

/**
 * What the server pushes about the visitor's conversation: state changes,
 * messages, the officer typing. A gap in seqs or a newer lastSeq triggers a
 * catch-up; only a message not seen before counts as incoming (unread, chime).
 */
export function listenToConversation(
  transport: VisitorTransport,
  deps: {
    conversation: ConversationModel;
    typing: TypingModel;
    catchUp(): Promise<void>;
    onUpdated(conversation: VisitorConversation): void;
    onIncoming?: ((message: Message) => void) | undefined;
  },
): void {
  const { conversation, typing, catchUp } = deps;
  transport.on('conversation:updated', (updated) => {
    if (conversation.update(updated)) void catchUp();
    if (updated.id === conversation.current.value?.id) deps.onUpdated(updated);
  });
  transport.on('message:created', (message) => {
    const known = conversation.messages.value.length;
    if (conversation.add(message)) void catchUp();
    if (message.author === 'officer') typing.officerChanged(false);
    if (message.author !== 'visitor' && conversation.messages.value.length > known) deps.onIncoming?.(message);
  });
  transport.on('read:marked', ({ conversationId, reader, seq }) => {
    const current = conversation.current.value;
    if (reader !== 'officer' || current?.id !== conversationId || seq <= (current.officerReadSeq ?? 0)) return;
    conversation.update({ ...current, officerReadSeq: seq });
  });
  transport.on('typing:changed', ({ conversationId, author, typing: isTyping }) => {
    if (author === 'officer' && conversationId === conversation.current.value?.id) typing.officerChanged(isTyping);
  });
}
