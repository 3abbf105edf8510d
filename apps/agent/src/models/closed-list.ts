import { type ReadonlySignal, signal } from '@preact/signals';
import type { ConversationPage } from '@pst/protocol';
import type { Api } from '../lib/api.ts';

export interface ClosedListModel {
  query: ReadonlySignal<string>;
  page: ReadonlySignal<ConversationPage | null>;
  loading: ReadonlySignal<boolean>;
  failed: ReadonlySignal<boolean>;
  search(query: string): Promise<void>;
  goTo(page: number): Promise<void>;
}

/** Closed consultations of the officer's offices, searched and paged on the server. */
export function createClosedListModel(api: Pick<Api, 'conversations'>): ClosedListModel {
  const query = signal('');
  const page = signal<ConversationPage | null>(null);
  const loading = signal(false);
  const failed = signal(false);
  let latest = 0;

  const load = async (q: string, pageNo: number) => {
    // Only the newest request may write: a slow answer to an older query is dropped.
    const ticket = ++latest;
    loading.value = true;
    try {
      const result = await api.conversations({ status: 'closed', q, page: pageNo });
      if (ticket !== latest) return;
      page.value = result;
      failed.value = false;
    } catch {
      if (ticket === latest) failed.value = true;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  };

  return {
    query,
    page,
    loading,
    failed,
    search(q) {
      query.value = q.trim();
      return load(query.value, 1);
    },
    goTo(pageNo) {
      return load(query.value, pageNo);
    },
  };
}
