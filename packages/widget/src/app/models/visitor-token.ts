import { type ReadonlySignal, signal } from '@preact/signals';
import type { KeyValueStore } from '@pst/client';

export interface VisitorToken {
  /** The token `visitor:register` gave, kept per office: a returning visitor is not asked again. */
  value: ReadonlySignal<string | null>;
  save(token: string): void;
  /** The server does not know it (NOT_REGISTERED): the guest book is asked again. */
  forget(): void;
}

export function createVisitorToken(store: KeyValueStore): VisitorToken {
  const value = signal(store.get('token'));
  return {
    value,
    save(token) {
      value.value = token;
      store.set('token', token);
    },
    forget() {
      value.value = null;
      store.remove('token');
    },
  };
}
