import type { ConversationSync, Message } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_ID, message } from '../testing/fixtures.ts';
import { type Reply, unanswered } from '../transport/transport.ts';
import { createCatchUp } from './catch-up.ts';
import { createTranscript } from './transcript.ts';

/** A server holding `stored`; each sync answers everything after `afterSeq`, or `down` gives no answer. */
function world(stored: Message[]) {
  const transcript = createTranscript();
  const asked: number[] = [];
  const replies: Reply<ConversationSync<string>>[] = [];
  let down = false;
  let conversationId: string | undefined = CONVERSATION_ID;
  const catchUp = createCatchUp<string>({
    position: () => (conversationId ? { conversationId, afterSeq: transcript.contiguousSeq() } : undefined),
    async sync({ afterSeq }) {
      asked.push(afterSeq);
      await Promise.resolve();
      if (down) return unanswered('offline');
      return {
        ok: true,
        data: { conversation: `state after ${afterSeq}`, messages: stored.filter((m) => m.seq > afterSeq) },
      };
    },
    apply({ afterSeq }, reply) {
      if (reply.ok) transcript.synced(afterSeq, reply.data.messages);
      replies.push(reply);
    },
  });
  return {
    transcript,
    catchUp,
    asked,
    replies,
    setDown: (value: boolean) => {
      down = value;
    },
    leave: () => {
      conversationId = undefined;
    },
  };
}

describe('the catch-up', () => {
  it('asks for what follows the last seq held without a gap, and merges it without duplicates', async () => {
    const { transcript, catchUp, asked, replies } = world([message(1), message(2), message(3), message(4)]);
    transcript.reset([message(1), message(2)]);
    // Message 4 arrived live while 3 was lost.
    transcript.add([message(4)]);
    await catchUp();
    expect(asked).toEqual([2]);
    expect(transcript.messages.value.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(replies).toMatchObject([{ ok: true, data: { conversation: 'state after 2' } }]);
  });

  it('coalesces a burst of calls into one more round', async () => {
    const { catchUp, asked } = world([message(1)]);
    await Promise.all([catchUp(), catchUp(), catchUp()]);
    expect(asked).toEqual([0, 1]);
  });

  it('passes on a reply without an answer, and asks again from the same seq on the next call', async () => {
    const { transcript, catchUp, asked, setDown, replies } = world([message(1)]);
    setDown(true);
    await catchUp();
    expect(replies).toMatchObject([{ ok: false, noAnswer: 'offline' }]);
    setDown(false);
    await catchUp();
    expect(asked).toEqual([0, 0]);
    expect(transcript.messages.value.map((m) => m.seq)).toEqual([1]);
  });

  it('ignores an answer that arrives after another conversation took the place', async () => {
    const { transcript, catchUp, leave, replies } = world([message(1)]);
    const running = catchUp();
    leave();
    await running;
    expect(replies).toEqual([]);
    expect(transcript.messages.value).toEqual([]);
  });

  it('does nothing without a conversation', async () => {
    const { catchUp, asked, leave } = world([message(1)]);
    leave();
    await catchUp();
    expect(asked).toEqual([]);
  });
});
