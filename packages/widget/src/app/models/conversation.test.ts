import { describe, expect, it } from 'vitest';
import { conversation, message } from '../test-support/fixtures.ts';
import { createConversationModel } from './conversation.ts';

const seqs = (model: ReturnType<typeof createConversationModel>) => model.messages.value.map((m) => m.seq);

describe('the conversation model', () => {
  it('keeps a message that arrives twice once', () => {
    const model = createConversationModel();
    model.open(conversation(), [message(1)]);
    model.add(message(2));
    model.add(message(2));
    model.add(message(1));
    expect(seqs(model)).toEqual([1, 2]);
  });

  it('puts a message that arrives out of order in its place, and reports the gap', () => {
    const model = createConversationModel();
    model.open(conversation(), [message(1)]);
    expect(model.add(message(3))).toBe(true);
    expect(model.lastSeq()).toBe(1);
    expect(model.add(message(2))).toBe(false);
    expect(seqs(model)).toEqual([1, 2, 3]);
    expect(model.lastSeq()).toBe(3);
  });

  it('catches up after a reconnect from the last seq without duplicates', () => {
    const model = createConversationModel();
    model.open(conversation(), [message(1), message(2)]);
    // While disconnected the server stored 3 and 4; the sync answers everything after 2, and 4 also arrives live.
    model.add(message(4));
    const afterSeq = model.lastSeq();
    expect(afterSeq).toBe(2);
    model.applySync(afterSeq, { conversation: conversation({ lastSeq: 4 }), messages: [message(3), message(4)] });
    expect(seqs(model)).toEqual([1, 2, 3, 4]);
    expect(model.lastSeq()).toBe(4);
    expect(model.current.value?.lastSeq).toBe(4);
  });

  it('does not ask again for a seq the server confirmed absent', () => {
    const model = createConversationModel();
    model.open(conversation());
    model.applySync(0, { conversation: conversation(), messages: [message(1), message(3)] });
    expect(model.lastSeq()).toBe(3);
  });

  it('ignores messages and updates of another conversation', () => {
    const model = createConversationModel();
    model.open(conversation(), [message(1)]);
    model.add(message(2, { conversationId: 'd'.repeat(24) }));
    expect(model.update(conversation({ id: 'd'.repeat(24), status: 'closed' }))).toBe(false);
    expect(seqs(model)).toEqual([1]);
    expect(model.current.value?.status).toBe('active');
  });

  it('says when an update shows messages it lacks', () => {
    const model = createConversationModel();
    model.open(conversation(), [message(1)]);
    expect(model.update(conversation({ lastSeq: 1, queuePosition: 2 }))).toBe(false);
    expect(model.update(conversation({ lastSeq: 2 }))).toBe(true);
  });
});
