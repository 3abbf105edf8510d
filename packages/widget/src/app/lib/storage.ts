/** A small string store: localStorage in the browser, a Map in tests or when storage is blocked. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * localStorage under a prefix. Some browsers throw on access from a
 * third-party iframe (blocked storage, private mode, quota): the widget then
 * keeps working for this page view from memory.
 */
export function browserStore(prefix: string): KeyValueStore {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem(prefix);
  } catch {
    return memoryStore();
  }
  const fallback = memoryStore();
  return {
    get(key) {
      try {
        return storage.getItem(prefix + key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      try {
        storage.setItem(prefix + key, value);
      } catch {
        fallback.set(key, value);
      }
    },
    remove(key) {
      try {
        storage.removeItem(prefix + key);
      } catch {
        fallback.remove(key);
      }
    },
  };
}

/** Reads JSON written by `writeJson`; anything unreadable counts as absent. */
export function readJson(store: KeyValueStore, key: string): unknown {
  const text = store.get(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function writeJson(store: KeyValueStore, key: string, value: unknown): void {
  store.set(key, JSON.stringify(value));
}
