import { describe, expect, it } from 'vitest';
import { ids, inbox, me, presence, queued, summary } from '../testing/fixtures.ts';
import { createInboxModel } from './inbox.ts';

function model() {
  const created = createInboxModel();
  created.setMe(me);
  return created;
}

describe('inbox model', () => {
  it('shows a conversation once however often its update arrives', () => {
    const box = model();
    const update = summary({ lastSeq: 3, lastMessage: 'Halo' });
    box.applyConversation(update);
    box.applyConversation(update);
    box.applyConversation({ ...update });
    expect(box.mine.value).toHaveLength(1);
    expect(box.mine.value[0]?.lastMessage).toBe('Halo');
  });

  it('ignores an older version that arrives after a newer one, and never reopens a closed chat', () => {
    const box = model();
    box.applyConversation(summary({ status: 'closed', lastSeq: 5 }));
    box.applyConversation(summary({ status: 'active', lastSeq: 3 }));
    box.applyConversation(summary({ status: 'active', lastSeq: 9 }));
    expect(box.get(ids.chat1)?.status).toBe('closed');
    expect(box.mine.value).toEqual([]);
  });

  it('drops a queue line once a newer update says the chat was taken, even if the queue list is older', () => {
    const box = model();
    box.applyConversation(summary({ lastSeq: 2, officerId: ids.colleague }));
    box.applyQueue('5102', [queued({ lastSeq: 1 })]);
    expect(box.queue.value).toEqual([]);
    expect(box.active.value.map((c) => c.officerId)).toEqual([ids.colleague]);
  });

  it('keeps queues of several offices apart', () => {
    const box = model();
    box.applyQueue('5102', [queued({ id: ids.chat1 })]);
    box.applyQueue('5108', [queued({ id: ids.chat2, officeCode: '5108' })]);
    box.applyQueue('5102', []);
    expect(box.queue.value.map((c) => c.id)).toEqual([ids.chat2]);
  });

  it('after a reconnect, takes the snapshot and forgets chats that stopped being mine meanwhile', () => {
    const box = model();
    box.applyConversation(summary({ id: ids.chat1 }));
    box.applyConversation(summary({ id: ids.chat2 }));
    box.applyQueue('5102', [queued({ id: ids.chat3 })]);
    box.applySnapshot(
      inbox({ mine: [summary({ id: ids.chat2, lastSeq: 4 })], officers: [presence({ activeChats: 2 })] }),
    );
    expect(box.mine.value.map((c) => [c.id, c.lastSeq])).toEqual([[ids.chat2, 4]]);
    expect(box.queue.value).toEqual([]);
    expect(box.officers.value[0]?.activeChats).toBe(2);
  });

  it('keeps a newer local version when the snapshot is older', () => {
    const box = model();
    box.applyConversation(summary({ lastSeq: 7, lastMessage: 'newer' }));
    box.applySnapshot(inbox({ mine: [summary({ lastSeq: 5, lastMessage: 'older' })] }));
    expect(box.get(ids.chat1)?.lastMessage).toBe('newer');
  });

  it('updates my own status from a presence event', () => {
    const box = model();
    box.applyPresence(presence({ id: ids.me, status: 'away' }));
    expect(box.me.value?.status).toBe('away');
  });
});
