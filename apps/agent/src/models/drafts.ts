import { type ReadonlySignal, signal } from '@preact/signals';

export interface DraftsModel {
  drafts: ReadonlySignal<ReadonlyMap<string, string>>;
  get(conversationId: string): string;
  set(conversationId: string, text: string): void;
  clear(conversationId: string): void;
  /** On an explicit sign-out: the next person at this desk must not see them. */
  clearAll(): void;
}

const KEY = 'pst-agent:drafts';

function load(storage: Storage | undefined): Map<string, string> {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (saved && typeof saved === 'object') {
      return new Map(Object.entries(saved).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  } catch {
    // A damaged entry is dropped: drafts are a convenience, not a record.
  }
  return new Map();
}

/**
 * Unsent replies per conversation. They outlive the workspace (an expired
 * session returns to the login screen with them intact) and are kept in
 * sessionStorage, so a reload of the tab keeps them too.
 */
export function createDraftsModel(storage?: Storage): DraftsModel {
  const drafts = signal<ReadonlyMap<string, string>>(load(storage));
  const save = (next: Map<string, string>) => {
    drafts.value = next;
    try {
      storage?.setItem(KEY, JSON.stringify(Object.fromEntries(next)));
    } catch {
      // Storage full or denied: the drafts still live in memory.
    }
  };
  return {
    drafts,
    get: (id) => drafts.value.get(id) ?? '',
    set(id, text) {
      if ((drafts.value.get(id) ?? '') === text) return;
      const next = new Map(drafts.value);
      if (text) next.set(id, text);
      else next.delete(id);
      save(next);
    },
    clear(id) {
      if (!drafts.value.has(id)) return;
      const next = new Map(drafts.value);
      next.delete(id);
      save(next);
    },
    clearAll() {
      save(new Map());
    },
  };
}
