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
 * The last seq this node stored per conversation: the next append tries one
 * more without reading the conversation. Only a guess; the unique index decides.
 */
const lastSeqSeen = new Map<string, number>();
const MAX_REMEMBERED = 10_000;
function remember(conversationId: string, seq: number): void {
  if (lastSeqSeen.size >= MAX_REMEMBERED) lastSeqSeen.clear();
  lastSeqSeen.set(conversationId, seq);
}

/**
 * Stores a message with the next `seq` of its conversation and returns it,
 * with `created: false` when the same clientMsgId was stored before (a resend
 * after a lost ack: the first copy is returned, with its seq).
 *
 * Exclusivity comes from unique indexes on (conversation, seq) and
 * (conversation, clientMsgId), so several nodes may append at once. The hot
 * path does as few round trips as it can: it reads and writes the conversation
 * by `_id`, inserts once, and looks a clientMsgId up only after a duplicate-key
 * error. On MongoDB each of these is served by an index; on FerretDB v1 even
 * an `_id` filter scans the collection (README, "The database in tests"), so
 * fewer queries is what keeps it fast there.
 */
export function appendMessage(
  ctx: AppContext,
  input: NewMessage,
  conversationChanges: Record<string, unknown> = {},
): Promise<{ message: Message; created: boolean }> {
  const { Message: Messages, Conversation } = ctx.models;
  return serialised(String(input.conversationId), async () => {
    const key = String(input.conversationId);
    let taken = 0;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let last = attempt === 0 ? lastSeqSeen.get(key) : undefined;
      if (last === undefined) {
        const conversation = await Conversation.findById(input.conversationId).select('lastSeq');
        if (!conversation) throw new Error(`no conversation ${key}`);
        last = conversation.lastSeq;
      }
      const seq = Math.max(last, taken) + 1;
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
          { $max: { lastSeq: seq }, $set: { lastMessage: input.text.slice(0, 140), ...conversationChanges } },
        );
        remember(key, seq);
        return { message: toMessage(stored), created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // A resend of a stored message, or another writer took this seq first.
        const previous = await Messages.findOne({ conversation: input.conversationId, clientMsgId: input.clientMsgId });
        if (previous) return { message: toMessage(previous), created: false };
        taken = seq;
      }
    }
    throw new Error(`could not append to conversation ${key} after ${MAX_ATTEMPTS} attempts`);
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
