import type { ConversationPage } from '@pst/protocol';
import { describe, expect, it, vi } from 'vitest';
import { summary } from '../testing/fixtures.ts';
import { createClosedListModel } from './closed-list.ts';

const page = (question: string): ConversationPage => ({
  items: [summary({ status: 'closed', question })],
  page: 1,
  pageSize: 20,
  total: 1,
});

describe('closed list model', () => {
  it('keeps the answer to the newest search when an older one arrives late', async () => {
    let releaseSlow: (value: ConversationPage) => void = () => {};
    const conversations = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (releaseSlow = resolve)))
      .mockResolvedValueOnce(page('baru'));
    const list = createClosedListModel({ conversations });
    const slow = list.search('la');
    await list.search('lama');
    releaseSlow(page('usang'));
    await slow;
    expect(list.page.value?.items[0]?.question).toBe('baru');
    expect(list.loading.value).toBe(false);
  });
});
