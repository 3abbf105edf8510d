import { type ReadonlySignal, signal } from '@preact/signals-core';
import type { ErrorCode, FileRef, Message } from '@pst/protocol';
import { coalesce } from '../coalesce.ts';
import { newClientMsgId } from '../ids.ts';
import { type KeyValueStore, memoryStore, readJson, writeJson } from '../storage.ts';

/** A message written here that the server has not confirmed yet. */
export interface OutboxEntry {
  /** Kept across resends: the server stores a message once per clientMsgId. */
  clientMsgId: string;
  conversationId: string;
  text: string;
  /** Files uploaded already, sent with the text (which may then be empty). */
  files?: FileRef[];
  /** When it was written (ISO). */
  at: string;
  /** `sending` also while offline; `failed` waits for the person to send it again. */
  state: 'sending' | 'failed';
  /** Why the server refused it, when it said. */
  error?: ErrorCode;
}

/** How one attempt went: stored, refused (the person may retry), or lost on the way (sent again later). */
export type SendOutcome =
  | { kind: 'sent'; message: Message }
  | { kind: 'refused'; error?: ErrorCode }
  | { kind: 'lost' };

export interface Outbox {
  entries: ReadonlySignal<readonly OutboxEntry[]>;
  enqueue(conversationId: string, text: string, files?: FileRef[]): OutboxEntry;
  /** Marks a failed message for sending again, with the same clientMsgId; `flush` sends it. */
  retry(clientMsgId: string): void;
  /** Sends what waits, in order, one at a time; stops at the first lost attempt. */
  flush(): Promise<void>;
  /** Drops what belongs to other conversations (after a new consultation starts). */
  keepOnly(conversationId: string): void;
  /** Drops what the server has shown stored, e.g. by its `message:created` arriving before the ack. */
  confirm(messages: readonly Message[]): void;
}

export interface OutboxDeps {
  send(entry: OutboxEntry): Promise<SendOutcome>;
  onSent(message: Message): void;
  /** Where entries survive a reload; memory only when left out. */
  store?: KeyValueStore;
  makeClientMsgId?: () => string;
  now?: () => Date;
}

const KEY = 'outbox';

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
 * Messages waiting to be sent, kept (in storage when given) so they survive a dropped connection or a reload.
 * Each is sent in the order written and stored once: a resend after a lost ack reuses its clientMsgId.
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  const store = deps.store ?? memoryStore();
  const stored = readJson(store, KEY);
  const entries = signal<readonly OutboxEntry[]>(Array.isArray(stored) ? stored.filter(isEntry) : []);

  function save(next: readonly OutboxEntry[]): void {
    entries.value = next;
    if (next.length) writeJson(store, KEY, next);
    else store.remove(KEY);
  }
  /** Replaces one entry by `change(entry)`, or drops it when that gives nothing. */
  const patch = (clientMsgId: string, change: (entry: OutboxEntry) => OutboxEntry | undefined) =>
    save(
      entries.value.flatMap((entry) => {
        if (entry.clientMsgId !== clientMsgId) return [entry];
        const changed = change(entry);
        return changed ? [changed] : [];
      }),
    );

  const flush = coalesce(async () => {
    for (;;) {
      const next = entries.value.find((entry) => entry.state === 'sending');
      if (!next) return;
      const outcome = await deps.send(next);
      if (outcome.kind === 'lost') return;
      if (outcome.kind === 'refused') {
        const error = outcome.error;
        patch(next.clientMsgId, (entry) => ({ ...entry, state: 'failed', ...(error ? { error } : {}) }));
      } else {
        patch(next.clientMsgId, () => undefined);
        deps.onSent(outcome.message);
      }
    }
  });

  return {
    entries,
    enqueue(conversationId, text, files) {
      const entry: OutboxEntry = {
        clientMsgId: (deps.makeClientMsgId ?? newClientMsgId)(),
        conversationId,
        text,
        ...(files?.length ? { files } : {}),
        at: (deps.now?.() ?? new Date()).toISOString(),
        state: 'sending',
      };
      save([...entries.value, entry]);
      return entry;
    },
    retry(clientMsgId) {
      patch(clientMsgId, ({ error: _reason, ...entry }) => ({ ...entry, state: 'sending' }));
    },
    flush,
    keepOnly(conversationId) {
      save(entries.value.filter((entry) => entry.conversationId === conversationId));
    },
    confirm(messages) {
      const stored = new Set(messages.map((message) => message.clientMsgId));
      if (entries.value.some((entry) => stored.has(entry.clientMsgId))) {
        save(entries.value.filter((entry) => !stored.has(entry.clientMsgId)));
      }
    },
  };
}

/** The `message:send` payload of an entry: its text when there is some, its files' ids when there are any. */
export function messagePayload(entry: OutboxEntry): {
  conversationId: string;
  clientMsgId: string;
  text?: string;
  files?: string[];
} {
  return {
    conversationId: entry.conversationId,
    clientMsgId: entry.clientMsgId,
    ...(entry.text ? { text: entry.text } : {}),
    ...(entry.files?.length ? { files: entry.files.map((file) => file.id) } : {}),
  };
}
