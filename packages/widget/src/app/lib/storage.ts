import { type KeyValueStore, memoryStore } from '@pst/client';

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
