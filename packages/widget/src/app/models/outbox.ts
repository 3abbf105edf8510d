import { type ReadonlySignal, signal } from '@preact/signals';
import type { Message } from '@pst/protocol';
import { newClientMsgId } from '../lib/ids.ts';
import { type KeyValueStore, readJson, writeJson } from '../lib/storage.ts';

/** A message the visitor wrote that the server has not confirmed yet. */
export interface OutboxEntry {
  /** Kept across retries: the server stores a message once per clientMsgId. */
  clientMsgId: string;
  conversationId: string;
  text: string;
  /** When the visitor wrote it (ISO). */
  at: string;
  state: 'sending' | 'failed';
}

/** How one attempt went: stored, refused (the visitor may retry), or lost on the way (sent again later). */
export type SendOutcome = { kind: 'sent'; message: Message } | { kind: 'refused' } | { kind: 'lost' };

export interface Outbox {
  entries: ReadonlySignal<OutboxEntry[]>;
  enqueue(conversationId: string, text: string): OutboxEntry;
  /** Sends a failed message again, with the same clientMsgId. */
  retry(clientMsgId: string): void;
  /** Sends what waits, in order, one at a time; stops at the first lost attempt. */
  flush(): Promise<void>;
  /** Drops what belongs to other conversations (after a new consultation starts). */
  keepOnly(conversationId: string): void;
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return (
    typeof entry?.clientMsgId === 'string' &&
    typeof entry.conversationId === 'string' &&
    typeof entry.text === 'string' &&
    typeof entry.at === 'string' &&
    (entry.state === 'sending' || entry.state === 'failed')
  );
}

/**
 * Messages waiting to be sent, kept in storage so they survive a reload or a
 * dropped connection. Each is sent in the order written and stored once: a
 * resend after a lost ack reuses its clientMsgId.
 */
export function createOutbox(deps: {
  store: KeyValueStore;
  send(entry: OutboxEntry): Promise<SendOutcome>;
  onSent(message: Message): void;
  now?: () => Date;
}): Outbox {
  const KEY = 'outbox';
  const stored = readJson(deps.store, KEY);
  const entries = signal<OutboxEntry[]>(Array.isArray(stored) ? stored.filter(isEntry) : []);
  let flushing: Promise<void> | undefined;
  let again = false;

  function save(next: OutboxEntry[]): void {
    entries.value = next;
    if (next.length) writeJson(deps.store, KEY, next);
    else deps.store.remove(KEY);
  }
  const patch = (clientMsgId: string, change: Partial<OutboxEntry> | null) =>
    save(
      entries.value.flatMap((entry) =>
        entry.clientMsgId !== clientMsgId ? [entry] : change ? [{ ...entry, ...change }] : [],
      ),
    );

  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const next = entries.value.find((entry) => entry.state === 'sending');
        if (!next) break;
        const outcome = await deps.send(next);
        if (outcome.kind === 'lost') return;
        if (outcome.kind === 'refused') patch(next.clientMsgId, { state: 'failed' });
        else {
          patch(next.clientMsgId, null);
          deps.onSent(outcome.message);
        }
      }
    } while (again);
  }

  return {
    entries,
    enqueue(conversationId, text) {
      const entry: OutboxEntry = {
        clientMsgId: newClientMsgId(),
        conversationId,
        text,
        at: (deps.now?.() ?? new Date()).toISOString(),
        state: 'sending',
      };
      save([...entries.value, entry]);
      return entry;
    },
    retry(clientMsgId) {
      patch(clientMsgId, { state: 'sending' });
    },
    flush() {
      if (flushing) {
        again = true;
        return flushing;
      }
      flushing = drain().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
    keepOnly(conversationId) {
      save(entries.value.filter((entry) => entry.conversationId === conversationId));
    },
  };
}
