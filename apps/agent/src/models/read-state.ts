import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { ConversationSummary } from '@pst/protocol';
import type { Page } from '../lib/page.ts';
import type { AgentTransport } from '../lib/transport.ts';
import type { ConversationModel } from './conversation.ts';
import type { InboxModel } from './inbox.ts';

export interface ReadStateDeps {
  inbox: InboxModel;
  loaded: ReadonlySignal<ReadonlyMap<string, ConversationModel>>;
  openId: ReadonlySignal<string | null>;
  transport: AgentTransport;
  page: Pick<Page, 'hidden'>;
}

export interface ReadStateModel {
  /** Unread visitor messages per chat of mine. */
  unread: ReadonlySignal<ReadonlyMap<string, number>>;
  total: ReadonlySignal<number>;
  /** Marks the open chat read up to its last message, if it is mine and the tab is visible. */
  markOpenRead(): void;
}

/**
 * What the officer has read: the server's `officerReadSeq`, raised locally
 * as soon as a chat is seen, so badges clear without waiting for a round trip.
 */
export function createReadStateModel({ inbox, loaded, openId, transport, page }: ReadStateDeps): ReadStateModel {
  const readSeq = signal<ReadonlyMap<string, number>>(new Map());
  const readUpTo = (summary: ConversationSummary) =>
    Math.max(summary.officerReadSeq, readSeq.value.get(summary.id) ?? 0);

  const unread = computed(() => {
    const counts = new Map<string, number>();
    for (const summary of inbox.mine.value) {
      const read = readUpTo(summary);
      const messages = loaded.value.get(summary.id)?.messages.value;
      // Before its transcript has loaded, every message after the read mark counts.
      counts.set(
        summary.id,
        messages?.length
          ? messages.filter((message) => message.author === 'visitor' && message.seq > read).length
          : Math.max(0, summary.lastSeq - read),
      );
    }
    return counts;
  });

  return {
    unread,
    total: computed(() => [...unread.value.values()].reduce((sum, count) => sum + count, 0)),
    markOpenRead() {
      const id = openId.value;
      const summary = id ? inbox.get(id) : undefined;
      const mine = summary?.status === 'active' && summary.officerId === inbox.me.value?.id;
      if (!id || !summary || !mine || page.hidden()) return;
      const seq = loaded.value.get(id)?.lastSeq.value ?? 0;
      if (seq <= readUpTo(summary)) return;
      const next = new Map(readSeq.value);
      next.set(id, seq);
      readSeq.value = next;
      void transport.request('read:mark', { conversationId: id, seq });
    },
  };
}
