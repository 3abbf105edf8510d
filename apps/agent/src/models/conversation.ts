import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import {
  createCatchUp,
  createOutbox,
  createTranscript,
  messagePayload,
  newClientMsgId,
  type OutboxEntry,
  sendOutcome,
} from '@pst/client';
import type { ConversationDetail, ErrorCode, FileRef, Message } from '@pst/protocol';
import type { AgentTransport } from '../lib/transport.ts';

export interface ConversationModel {
  id: string;
  detail: ReadonlySignal<ConversationDetail | null>;
  messages: ReadonlySignal<readonly Message[]>;
  /** Replies not yet confirmed by the server: `sending` (also while offline) or `failed` (refused, with why). */
  outbox: ReadonlySignal<readonly OutboxEntry[]>;
  visitorTyping: ReadonlySignal<boolean>;
  /** The error code of the last failed sync, if the last one failed. */
  syncError: ReadonlySignal<ErrorCode | null>;
  lastSeq: ReadonlySignal<number>;
  /** Fetches what came after the last seq held without a gap; safe to call again and again. */
  sync(): Promise<void>;
  /** A `message:created` for this conversation. */
  receive(message: Message): void;
  send(text: string, files?: FileRef[]): Promise<void>;
  retry(clientMsgId: string): Promise<void>;
  /** After a reconnect: sends every reply still waiting, with its old clientMsgId. */
  resendPending(): Promise<void>;
  setVisitorTyping(typing: boolean): void;
  /** Newer conversation fields (status, officer) from a summary. */
  updateDetail(fields: Partial<ConversationDetail>): void;
  dispose(): void;
}

/** A typing indicator whose "stopped" event was lost clears itself after this long. */
const TYPING_TIMEOUT_MS = 8000;

/** One conversation's transcript, state and unsent replies, on @pst/client's transcript, catch-up and outbox. */
export function createConversationModel(
  id: string,
  transport: AgentTransport,
  makeClientMsgId: () => string = newClientMsgId,
): ConversationModel {
  const detail = signal<ConversationDetail | null>(null);
  const transcript = createTranscript();
  const visitorTyping = signal(false);
  const syncError = signal<ErrorCode | null>(null);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** What stored messages settle besides the transcript: replies they confirm, and the visitor's typing. */
  const settle = (stored: readonly Message[]) => {
    outbox.confirm(stored);
    if (stored.some((message) => message.author === 'visitor')) visitorTyping.value = false;
  };

  const outbox = createOutbox({
    makeClientMsgId,
    // Unreachable (UNAVAILABLE): it stays `sending` and goes again on reconnect. Refused: the officer sees why.
    send: async (entry) =>
      sendOutcome(await transport.request('message:send', messagePayload({ ...entry, conversationId: id })), {
        waitWhenUnavailable: true,
      }),
    onSent: (message) =>
      batch(() => {
        transcript.add([message]);
        settle([message]);
      }),
  });

  const catchUp = createCatchUp<ConversationDetail>({
    position: () => ({ conversationId: id, afterSeq: transcript.contiguousSeq() }),
    sync: (query) => transport.request('conversation:sync', query),
    apply({ afterSeq }, reply) {
      if (!reply.ok) {
        syncError.value = reply.error.code;
        return;
      }
      batch(() => {
        syncError.value = null;
        detail.value = reply.data.conversation;
        transcript.synced(afterSeq, reply.data.messages);
        settle(reply.data.messages);
      });
    },
  });

  return {
    id,
    detail,
    messages: transcript.messages,
    outbox: outbox.entries,
    visitorTyping,
    syncError,
    lastSeq: computed(() => Math.max(detail.value?.lastSeq ?? 0, transcript.messages.value.at(-1)?.seq ?? 0)),
    sync: catchUp,
    receive(message) {
      const gap = batch(() => {
        settle([message]);
        return transcript.add([message]);
      });
      // A seq beyond the next expected one means an event was missed: fetch the hole.
      if (gap) void catchUp();
    },
    async send(text, files) {
      outbox.enqueue(id, text, files);
      await outbox.flush();
    },
    async retry(clientMsgId) {
      outbox.retry(clientMsgId);
      await outbox.flush();
    },
    resendPending: outbox.flush,
    setVisitorTyping(typing) {
      clearTimeout(typingTimer);
      visitorTyping.value = typing;
      if (typing) typingTimer = setTimeout(() => (visitorTyping.value = false), TYPING_TIMEOUT_MS);
    },
    updateDetail(fields) {
      if (detail.value) detail.value = { ...detail.value, ...fields };
    },
    dispose() {
      clearTimeout(typingTimer);
    },
  };
}
