import { type FileRef, MAX_MESSAGE_LENGTH, type Message, type SystemEvent } from '@pst/protocol';
import { Types } from 'mongoose';
import type { Clock } from '../time/clock.ts';
import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import type { Id } from './records.ts';
import { withoutNulls } from './records.ts';

export interface Author {
  kind: 'visitor' | 'officer' | 'system';
  id?: Id;
  name?: string;
}

/**
 * What the message's one conversation update also sets: `min` for a first-time field (`$min` sets a missing
 * field and never moves an earlier one), so a sender needs no fresh copy of the conversation to write it.
 */
export interface ConversationChanges {
  set?: Record<string, unknown>;
  min?: Record<string, Date>;
}

export interface NewMessage {
  conversationId: Id;
  clientMsgId: string;
  author: Author;
  text: string;
  event?: SystemEvent;
  params?: Record<string, string>;
  /** Files uploaded before, as the message shows them. */
  files?: FileRef[];
  /** When it was sent; the store's clock when absent. The caller's time keeps `firstOfficerReplyAt` equal to it. */
  at?: Date;
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

const { ObjectId } = Types;
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

type MessageLean = Record<string, unknown> & {
  _id: unknown;
  conversation: unknown;
  seq: number;
  clientMsgId: string;
  author: { kind: string; name?: string | null };
  at: Date;
};

function filesOf(stored: unknown): { files?: FileRef[] } {
  if (!Array.isArray(stored) || stored.length === 0) return {};
  return {
    files: stored.map((file: FileRef & { id: unknown }) => ({
      id: String(file.id),
      name: file.name,
      kind: file.kind,
      size: file.size,
    })),
  };
}

export function toMessage(raw: MessageLean): Message {
  const doc = withoutNulls(raw);
  const params = doc.params as Record<string, string> | undefined;
  return {
    id: String(doc._id),
    conversationId: String(doc.conversation),
    seq: doc.seq,
    clientMsgId: doc.clientMsgId,
    author: doc.author.kind as Message['author'],
    ...(doc.author.kind === 'officer' && doc.author.name ? { authorName: doc.author.name } : {}),
    ...(doc.event ? { event: doc.event as SystemEvent } : {}),
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
    text: (doc.text as string | undefined) ?? '',
    ...filesOf(doc.files),
    at: doc.at.toISOString(),
  };
}

/**
 * The message as stored, cast as the Message schema would (ids as ObjectIds): the input was checked at the
 * boundary (protocol schemas) or written by the domain, so Mongoose's validation would only repeat it.
 */
function storedMessage(input: NewMessage, conversationId: Id, seq: number, at: Date) {
  // The one rule of the schema a caller could still break (inbound mail builds its text itself).
  if (input.text.length > MAX_MESSAGE_LENGTH) throw new Error(`message text over ${MAX_MESSAGE_LENGTH} characters`);
  const { author } = input;
  return {
    _id: new ObjectId(),
    conversation: new ObjectId(conversationId),
    seq,
    clientMsgId: input.clientMsgId,
    author: {
      kind: author.kind,
      ...(author.id ? { id: new ObjectId(author.id) } : {}),
      ...(author.name ? { name: author.name } : {}),
    },
    ...(input.event ? { event: input.event } : {}),
    ...(input.params ? { params: input.params } : {}),
    ...(input.files?.length
      ? { files: input.files.map(({ id, name, kind, size }) => ({ id: new ObjectId(id), name, kind, size })) }
      : {}),
    text: input.text,
    at,
  };
}

/** Messages: the only code that stores or reads them, and the keeper of each conversation's `lastSeq`. */
export function messageStore({ Message: Messages, Conversation }: Models, clock: Clock) {
  return {
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
    append(
      input: NewMessage,
      conversationChanges: ConversationChanges = {},
    ): Promise<{ message: Message; created: boolean }> {
      const key = input.conversationId;
      return serialised(key, async () => {
        let taken = 0;
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          let last = attempt === 0 ? lastSeqSeen.get(key) : undefined;
          if (last === undefined) {
            const conversation = await Conversation.findById(key).select('lastSeq').lean();
            if (!conversation) throw new Error(`no conversation ${key}`);
            last = conversation.lastSeq;
          }
          const seq = Math.max(last, taken) + 1;
          try {
            const stored = storedMessage(input, key, seq, input.at ?? clock.now());
            // The driver's own calls, not Mongoose documents: the hot path's largest CPU cost was hydrating,
            // validating and copying a document per message (bench/results.md). `storedMessage` casts.
            await Messages.collection.insertOne(stored);
            const preview = input.event ? {} : { lastMessage: input.text.slice(0, 140) };
            await Conversation.collection.updateOne(
              { _id: stored.conversation },
              {
                $max: { lastSeq: seq },
                $set: { ...preview, ...conversationChanges.set },
                ...(conversationChanges.min ? { $min: conversationChanges.min } : {}),
              },
            );
            remember(key, seq);
            return { message: toMessage(stored as unknown as MessageLean), created: true };
          } catch (error) {
            if (!isDuplicateKey(error)) throw error;
            // A resend of a stored message, or another writer took this seq first.
            const previous = await Messages.findOne({ conversation: key, clientMsgId: input.clientMsgId }).lean();
            if (previous) return { message: toMessage(previous as MessageLean), created: false };
            taken = seq;
          }
        }
        throw new Error(`could not append to conversation ${key} after ${MAX_ATTEMPTS} attempts`);
      });
    },

    /** Messages after `afterSeq`, in order. */
    async after(conversationId: Id, afterSeq: number, limit = 1000): Promise<Message[]> {
      const docs = await Messages.find({ conversation: conversationId, seq: { $gt: afterSeq } })
        .sort({ seq: 1 })
        .limit(limit)
        .lean();
      return docs.map((doc) => toMessage(doc as MessageLean));
    },
  };
}

export type MessageStore = ReturnType<typeof messageStore>;
