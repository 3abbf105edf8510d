import type { ConversationStatus, Purpose } from '@pst/protocol';
import { isValidObjectId, type SortOrder } from 'mongoose';
import { AppError } from '../errors.ts';
import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import type { Actor, AuditEntry, ConversationRecord, Id } from './records.ts';
import { withoutNulls } from './records.ts';

/** What a new conversation starts with; the store adds the counters. */
export type NewConversation = Omit<
  ConversationRecord,
  'id' | 'stateNo' | 'lastSeq' | 'visitorReadSeq' | 'officerReadSeq' | 'queuePriority' | 'audit'
> & { audit: AuditEntry[] };

/** A status change: what it expects, where it goes, why, and the fields it sets or clears. */
export interface Transition {
  expect: ConversationStatus[];
  to: ConversationStatus;
  reason: string;
  by: Actor;
  at: Date;
  set?: Partial<ConversationRecord>;
  unset?: (keyof ConversationRecord)[];
}

export interface ConversationQuery {
  status: ConversationStatus;
  /** Undefined: every office. */
  offices?: string[];
  /** Lowercase text matched in the visitor's name and e-mail, or in any message. */
  text?: string;
  page: number;
  pageSize: number;
}

/** User text as a literal pattern: RE2 (FerretDB) and PCRE (MongoDB) read these escapes alike. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Lean = Record<string, unknown> & { _id: unknown };

function actorOf(actor: { kind: string; id?: unknown }): Actor {
  return { kind: actor.kind as Actor['kind'], ...(actor.id ? { id: String(actor.id) } : {}) };
}

export function toConversationRecord(doc: Lean): ConversationRecord {
  const { _id, __v, visitor, officer, closedBy, audit, rating, survey, assignmentNo, ...rest } = withoutNulls(doc);
  const score = (rating as { score?: number } | undefined)?.score;
  return {
    ...(rest as unknown as ConversationRecord),
    id: String(_id),
    visitor: String(visitor),
    ...(officer ? { officer: String(officer) } : {}),
    ...(closedBy ? { closedBy: actorOf(closedBy as Actor) } : {}),
    ...(score ? { rating: withoutNulls(rating as NonNullable<ConversationRecord['rating']>) } : {}),
    ...((survey as { at?: Date } | undefined)?.at
      ? { survey: survey as NonNullable<ConversationRecord['survey']> }
      : {}),
    channel: (rest.channel as ConversationRecord['channel'] | undefined) ?? 'web',
    stateNo: (rest.stateNo as number | undefined) ?? 0,
    queuePriority: (rest.queuePriority as number | undefined) ?? 0,
    lastSeq: (rest.lastSeq as number | undefined) ?? 0,
    visitorReadSeq: (rest.visitorReadSeq as number | undefined) ?? 0,
    officerReadSeq: (rest.officerReadSeq as number | undefined) ?? 0,
    audit: ((audit as AuditEntry[] | undefined) ?? []).map((entry) => ({
      ...withoutNulls(entry),
      by: actorOf(entry.by),
    })),
  };
}

/** Conversations: the only code that reads or writes them. */
export function conversationStore({ Conversation, Transition, Visitor, Message }: Models) {
  const many = async (query: Promise<Lean[]>) => (await query).map(toConversationRecord);

  return {
    async byId(id: Id): Promise<ConversationRecord | undefined> {
      if (!isValidObjectId(id)) return undefined;
      const doc = await Conversation.findById(id).lean();
      return doc ? toConversationRecord(doc) : undefined;
    },

    async create(input: NewConversation): Promise<ConversationRecord> {
      const doc = await Conversation.create(input);
      return toConversationRecord(doc.toObject());
    },

    /** The visitor's queued or active conversation, if any. */
    async openOfVisitor(visitor: Id): Promise<ConversationRecord | undefined> {
      const doc = await Conversation.findOne({ visitor, status: { $in: ['queued', 'active'] } }).lean();
      return doc ? toConversationRecord(doc) : undefined;
    },

    async latestOfVisitor(visitor: Id): Promise<ConversationRecord | undefined> {
      const doc = await Conversation.findOne({ visitor }).sort({ createdAt: -1 }).lean();
      return doc ? toConversationRecord(doc) : undefined;
    },

    /** The other conversations of these visitors (one person's guest books), newest first. */
    earlierOfVisitors(visitors: Id[], except: Id, limit = 20): Promise<ConversationRecord[]> {
      return many(
        Conversation.find({ visitor: { $in: visitors }, _id: { $ne: except } })
          .sort({ createdAt: -1 })
          .limit(limit)
          .lean(),
      );
    },

    /**
     * The office's queue, first in line first: live chats before offline
     * messages (a visitor waiting in the widget is served before an answer
     * that goes by e-mail), and within each, chats put back after their
     * officer left before new ones.
     */
    queued(office: string, limit = 500): Promise<ConversationRecord[]> {
      return many(
        Conversation.find({ office, status: 'queued' })
          .sort({ offline: 1, queuePriority: -1, queuedAt: 1, _id: 1 })
          .limit(limit)
          .lean(),
      );
    },

    /**
     * Queued live chats (not offline messages) of every office, from the widget: a chat app's sender has no
     * widget to leave, their answer reaches them in the app whenever it comes.
     */
    queuedLive(): Promise<ConversationRecord[]> {
      return many(Conversation.find({ status: 'queued', offline: false, channel: 'web' }).lean());
    },

    /** The officer's active conversations, longest running first. */
    activeOf(officer: Id): Promise<ConversationRecord[]> {
      return many(Conversation.find({ officer, status: 'active' }).sort({ assignedAt: 1 }).lean());
    },

    /** Active chats per officer of the office. */
    async activeLoad(office: string): Promise<Map<Id, number>> {
      const active = await Conversation.find({ office, status: 'active' }).select('officer').lean();
      const load = new Map<Id, number>();
      for (const { officer } of active) load.set(String(officer), (load.get(String(officer)) ?? 0) + 1);
      return load;
    },

    async officersWithActive(): Promise<Id[]> {
      return (await Conversation.find({ status: 'active' }).distinct('officer')).map(String);
    },

    officesWithQueued(): Promise<string[]> {
      return Conversation.find({ status: 'queued' }).distinct('office');
    },

    /**
     * Active conversations of the office whose officer last wrote at or before `cutoff` (and, given `after`,
     * later than that: the window a background job has not looked at yet).
     */
    silentSince(office: string, cutoff: Date, after?: Date): Promise<ConversationRecord[]> {
      const lastOfficerMessageAt = after ? { $gt: after, $lte: cutoff } : { $lte: cutoff };
      return many(Conversation.find({ office, status: 'active', lastOfficerMessageAt }).lean());
    },

    /**
     * Changes the status, exclusively: the insert of (conversation, stateNo)
     * succeeds for one caller only, on any node; the loser, or a caller whose
     * record is not in an expected status, gets CONFLICT.
     */
    async transition(current: ConversationRecord, change: Transition): Promise<ConversationRecord> {
      if (!change.expect.includes(current.status)) throw new AppError('CONFLICT');
      const stateNo = current.stateNo + 1;
      try {
        await Transition.create({
          conversation: current.id,
          stateNo,
          to: change.to,
          ...(change.to === 'active' && change.set?.officer ? { officer: change.set.officer } : {}),
          at: change.at,
        });
      } catch (error) {
        if (isDuplicateKey(error)) throw new AppError('CONFLICT');
        throw error;
      }
      const entry: AuditEntry = {
        at: change.at,
        by: change.by,
        from: current.status,
        to: change.to,
        reason: change.reason,
      };
      const unset = change.unset ?? [];
      await Conversation.updateOne(
        { _id: current.id },
        {
          $set: { ...change.set, status: change.to, stateNo },
          ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((key) => [key, 1])) } : {}),
          $push: { audit: entry },
        },
      );
      const next: ConversationRecord = {
        ...current,
        ...change.set,
        status: change.to,
        stateNo,
        audit: [...current.audit, entry],
      };
      for (const key of unset) delete next[key];
      return next;
    },

    /** `transition()`, but undefined instead of CONFLICT: for callers to whom a lost race means "skip it". */
    async transitionIfStill(current: ConversationRecord, change: Transition): Promise<ConversationRecord | undefined> {
      try {
        return await this.transition(current, change);
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') return undefined;
        throw error;
      }
    },

    /**
     * The conversations that started in one office-local month at one office (a report's input), streamed in
     * batches through the { office, localMonth } index: a report folds them as they come, so its memory does
     * not grow with the period. Equality filters, which FerretDB v1 pushes down to PostgreSQL.
     */
    async *streamForReport(office: string, month: string): AsyncGenerator<ConversationRecord> {
      for await (const lean of Conversation.find({ office, localMonth: month }).lean<Lean>().cursor({ batchSize: 500 }))
        yield toConversationRecord(lean);
    },

    /** Open (queued or active) conversations of the office: what deadline reminders look at. */
    open(office: string): Promise<ConversationRecord[]> {
      return many(Conversation.find({ office, status: { $in: ['queued', 'active'] } }).lean());
    },

    /** The office's open conversations due after `after` (when given) and before `before`, by their index. */
    openDueBetween(office: string, after: Date | undefined, before: Date): Promise<ConversationRecord[]> {
      const dueAt = after ? { $gt: after, $lt: before } : { $lt: before };
      return many(Conversation.find({ office, status: { $in: ['queued', 'active'] }, dueAt }).lean());
    },

    /**
     * Pauses or restarts the deadline clock with an audit entry (status unchanged). Not a transition:
     * two officers pressing at once both record their press, and the later state wins, which is harmless.
     */
    async setDeadline(
      current: ConversationRecord,
      change: { pausedAt: Date } | { dueAt: Date },
      entry: AuditEntry,
    ): Promise<ConversationRecord> {
      const paused = 'pausedAt' in change;
      await Conversation.updateOne(
        { _id: current.id },
        {
          ...(paused ? { $set: { deadlinePausedAt: change.pausedAt } } : { $set: { dueAt: change.dueAt } }),
          ...(paused ? {} : { $unset: { deadlinePausedAt: 1 } }),
          $push: { audit: entry },
        },
      );
      const next: ConversationRecord = { ...current, audit: [...current.audit, entry] };
      if (paused) next.deadlinePausedAt = change.pausedAt;
      else {
        next.dueAt = change.dueAt;
        delete next.deadlinePausedAt;
      }
      return next;
    },

    /** The topic of a closed conversation that has none (once: a second answer finds nothing to set). */
    async setTopic(id: Id, topic: Purpose): Promise<ConversationRecord | undefined> {
      const doc = await Conversation.findOneAndUpdate(
        { _id: id, status: 'closed', topic: { $exists: false } },
        { $set: { topic } },
        { returnDocument: 'after' },
      ).lean();
      return doc ? toConversationRecord(doc) : undefined;
    },

    /** The visitor's one rating, on the closed conversation (the ratings store made it once). */
    async rate(current: ConversationRecord, rating: NonNullable<ConversationRecord['rating']>, by: Actor) {
      const entry: AuditEntry = { at: rating.at, by, from: 'closed', to: 'closed', reason: 'rated' };
      await Conversation.updateOne({ _id: current.id }, { $set: { rating }, $push: { audit: entry } });
      return { ...current, rating, audit: [...current.audit, entry] };
    },

    /**
     * The visitor's one IKM survey of the closed conversation; undefined when it has one already (the filter
     * makes it once even when two arrive together).
     */
    async survey(current: ConversationRecord, survey: NonNullable<ConversationRecord['survey']>) {
      const result = await Conversation.updateOne(
        { _id: current.id, status: 'closed', survey: { $exists: false } },
        { $set: { survey } },
      );
      return result.modifiedCount === 1 ? { ...current, survey } : undefined;
    },

    /** The inbox line's copy of the guest book, after an officer completed it. */
    async setVisitorCard(id: Id, card: ConversationRecord['visitorCard']): Promise<ConversationRecord | undefined> {
      const doc = await Conversation.findOneAndUpdate(
        { _id: id },
        { $set: { visitorCard: card } },
        { returnDocument: 'after' },
      ).lean();
      return doc ? toConversationRecord(doc) : undefined;
    },

    /** Raises the side's read mark; never lowers it. */
    async markRead(id: Id, side: 'visitor' | 'officer', seq: number): Promise<void> {
      const field = side === 'visitor' ? 'visitorReadSeq' : 'officerReadSeq';
      await Conversation.updateOne({ _id: id }, { $max: { [field]: seq } });
    },

    /**
     * One page of conversations with a status. Closed ones newest first;
     * others oldest first. Text matches the visitor's lowercase `search` field
     * or any message's text; no text index (FerretDB has none).
     */
    async page(query: ConversationQuery): Promise<{ items: ConversationRecord[]; total: number }> {
      const officeFilter = query.offices ? { office: { $in: query.offices } } : {};
      const filter: Record<string, unknown> = { status: query.status, ...officeFilter };
      if (query.text) {
        const literal = escapeRegex(query.text.toLowerCase());
        const [visitors, conversations] = await Promise.all([
          Visitor.find({ ...officeFilter, search: { $regex: literal } }).distinct('_id'),
          Message.find({ text: { $regex: literal, $options: 'i' } }).distinct('conversation'),
        ]);
        filter.$or = [{ visitor: { $in: visitors } }, { _id: { $in: conversations } }];
      }
      const sort: Record<string, SortOrder> =
        query.status === 'closed' ? { closedAt: -1, _id: -1 } : { createdAt: 1, _id: 1 };
      const [docs, total] = await Promise.all([
        Conversation.find(filter)
          .sort(sort)
          .skip((query.page - 1) * query.pageSize)
          .limit(query.pageSize)
          .lean(),
        Conversation.countDocuments(filter),
      ]);
      return { items: docs.map(toConversationRecord), total };
    },
  };
}

export type ConversationStore = ReturnType<typeof conversationStore>;
