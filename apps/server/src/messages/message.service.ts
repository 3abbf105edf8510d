import type { Message, SystemEvent } from '@pst/protocol';
import type { Types } from 'mongoose';
import type { AppContext } from '../context.ts';
import { isDuplicateKey } from '../db/models.ts';
import type { MessageDoc } from './message.model.ts';

export interface Author {
  kind: 'visitor' | 'officer' | 'system';
  id?: Types.ObjectId;
  name?: string;
}

export interface NewMessage {
  conversationId: Types.ObjectId;
  clientMsgId: string;
  author: Author;
  text: string;
  event?: SystemEvent;
}

/** Sends on one conversation from this node wait for each other: fewer lost races on `seq`. */
const tails = new Map<string, Promise<unknown>>();
function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => {});
  tails.set(key, tail);
  tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

const MAX_ATTEMPTS = 20;

/**
 * Stores a message with the next `seq` of its conversation and returns it,
 * with `created: false` when the same clientMsgId was stored before (a resend
 * after a lost ack: the first copy is returned, with its seq).
 *
 * Exclusivity comes from unique indexes on (conversation, seq) and
 * (conversation, clientMsgId), so several nodes may append at once.
 */
export function appendMessage(ctx: AppContext, input: NewMessage): Promise<{ message: Message; created: boolean }> {
  const { Message: Messages, Conversation } = ctx.models;
  return serialised(String(input.conversationId), async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const previous = await Messages.findOne({ conversation: input.conversationId, clientMsgId: input.clientMsgId });
      if (previous) return { message: toMessage(previous), created: false };

      const last = await Messages.findOne({ conversation: input.conversationId }).sort({ seq: -1 }).select('seq');
      const seq = (last?.seq ?? 0) + 1;
      try {
        const stored = await Messages.create({
          conversation: input.conversationId,
          seq,
          clientMsgId: input.clientMsgId,
          author: input.author,
          ...(input.event ? { event: input.event } : {}),
          text: input.text,
          at: ctx.clock.now(),
        });
        await Conversation.updateOne(
          { _id: input.conversationId },
          { $max: { lastSeq: seq }, $set: { lastMessage: input.text.slice(0, 140) } },
        );
        return { message: toMessage(stored), created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Another writer took this seq, or stored this clientMsgId: look again.
      }
    }
    throw new Error(`could not append to conversation ${input.conversationId} after ${MAX_ATTEMPTS} attempts`);
  });
}

/** Messages after `afterSeq`, in order. */
export async function messagesAfter(
  ctx: AppContext,
  conversationId: Types.ObjectId,
  afterSeq: number,
  limit = 1000,
): Promise<Message[]> {
  const docs = await ctx.models.Message.find({ conversation: conversationId, seq: { $gt: afterSeq } })
    .sort({ seq: 1 })
    .limit(limit);
  return docs.map(toMessage);
}

export function toMessage(doc: MessageDoc & { _id: Types.ObjectId }): Message {
  return {
    id: String(doc._id),
    conversationId: String(doc.conversation),
    seq: doc.seq,
    clientMsgId: doc.clientMsgId,
    author: doc.author.kind,
    ...(doc.author.kind === 'officer' && doc.author.name ? { authorName: doc.author.name } : {}),
    ...(doc.event ? { event: doc.event as SystemEvent } : {}),
    text: doc.text,
    at: doc.at.toISOString(),
  };
}
