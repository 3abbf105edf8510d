import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { ConversationDetail, Message } from '@pst/protocol';
import { newClientMsgId } from '../lib/client-id.ts';
import type { AgentTransport } from '../lib/transport.ts';
import { contiguousSeq, mergeMessages } from './messages.ts';

/** A reply not yet confirmed by the server: `sending` (also while offline) or `failed` (refused). */
export interface Outgoing {
  clientMsgId: string;
  text: string;
  state: 'sending' | 'failed';
  error?: string;
}

export interface ConversationModel {
  id: string;
  detail: ReadonlySignal<ConversationDetail | null>;
  messages: ReadonlySignal<readonly Message[]>;
  outbox: ReadonlySignal<readonly Outgoing[]>;
  visitorTyping: ReadonlySignal<boolean>;
  /** The error code of the last failed sync, if the last one failed. */
  syncError: ReadonlySignal<string | null>;
  lastSeq: ReadonlySignal<number>;
  /** Fetches what came after the last seq held without a gap; safe to call again and again. */
  sync(): Promise<void>;
  /** A `message:created` for this conversation. */
  receive(message: Message): void;
  send(text: string): Promise<void>;
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

/** One conversation's transcript, state and unsent replies. */
export function createConversationModel(
  id: string,
  transport: AgentTransport,
  makeClientMsgId: () => string = newClientMsgId,
): ConversationModel {
  const detail = signal<ConversationDetail | null>(null);
  const messages = signal<readonly Message[]>([]);
  const outbox = signal<readonly Outgoing[]>([]);
  const visitorTyping = signal(false);
  const syncError = signal<string | null>(null);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let syncing: Promise<void> | undefined;

  const take = (incoming: readonly Message[]) => {
    batch(() => {
      messages.value = mergeMessages(messages.value, incoming);
      const confirmed = new Set(incoming.map((message) => message.clientMsgId));
      if (outbox.value.some((entry) => confirmed.has(entry.clientMsgId))) {
        outbox.value = outbox.value.filter((entry) => !confirmed.has(entry.clientMsgId));
      }
      if (incoming.some((message) => message.author === 'visitor')) visitorTyping.value = false;
    });
  };

  const setOutgoing = (clientMsgId: string, change: Partial<Outgoing>) => {
    outbox.value = outbox.value.map((entry) => (entry.clientMsgId === clientMsgId ? { ...entry, ...change } : entry));
  };

  const deliver = async (entry: Outgoing) => {
    setOutgoing(entry.clientMsgId, { state: 'sending' });
    const ack = await transport.request('message:send', {
      conversationId: id,
      clientMsgId: entry.clientMsgId,
      text: entry.text,
    });
    if (ack.ok) take([ack.data]);
    // Unreachable: it stays `sending` and goes again on reconnect. Refused: the officer sees why.
    else if (ack.error.code !== 'UNAVAILABLE')
      setOutgoing(entry.clientMsgId, { state: 'failed', error: ack.error.code });
  };

  const runSync = async () => {
    const ack = await transport.request('conversation:sync', {
      conversationId: id,
      afterSeq: contiguousSeq(messages.value),
    });
    if (!ack.ok) {
      syncError.value = ack.error.code;
      return;
    }
    batch(() => {
      syncError.value = null;
      detail.value = ack.data.conversation;
      take(ack.data.messages);
    });
  };

  const model: ConversationModel = {
    id,
    detail,
    messages,
    outbox,
    visitorTyping,
    syncError,
    lastSeq: computed(() => Math.max(detail.value?.lastSeq ?? 0, messages.value.at(-1)?.seq ?? 0)),
    sync() {
      // One at a time: a second call while one runs waits for it, then asks again from the new point.
      const previous = syncing ?? Promise.resolve();
      const run = previous.then(runSync);
      syncing = run.finally(() => {
        if (syncing === run) syncing = undefined;
      });
      return run;
    },
    receive(message) {
      const before = contiguousSeq(messages.value);
      take([message]);
      // A seq beyond the next expected one means an event was missed: fetch the hole.
      if (message.seq > before + 1 && contiguousSeq(messages.value) < message.seq) void model.sync();
    },
    async send(text) {
      const entry: Outgoing = { clientMsgId: makeClientMsgId(), text, state: 'sending' };
      outbox.value = [...outbox.value, entry];
      await deliver(entry);
    },
    async retry(clientMsgId) {
      const entry = outbox.value.find((candidate) => candidate.clientMsgId === clientMsgId);
      if (entry) await deliver(entry);
    },
    async resendPending() {
      for (const entry of outbox.value.filter((candidate) => candidate.state === 'sending')) await deliver(entry);
    },
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
  return model;
}
