import { createHash, randomBytes } from 'node:crypto';
import type { Models } from './models.ts';
import { type Id, withoutNulls } from './records.ts';

/** What replaces erased text; the figures (counts, times, scores, purpose, topic) stay. */
export const ERASED = '(dihapus)';
export const ERASED_NAME = 'Pengunjung (dihapus)';

export type DataRequestKind = 'access' | 'export' | 'correct' | 'erase';

export interface DataRequestRecord {
  id: Id;
  office: string;
  visitor: Id;
  kind: DataRequestKind;
  details?: string;
  codeHash: string;
  codeExpiresAt: Date;
  attempts: number;
  status: 'unverified' | 'open' | 'done';
  createdAt: Date;
  verifiedAt?: Date;
  dueAt?: Date;
  doneAt?: Date;
  doneBy?: Id;
}

type Lean = Record<string, unknown> & { _id: unknown };

function toRequest(doc: Lean): DataRequestRecord {
  const { _id, __v, visitor, doneBy, ...rest } = withoutNulls(doc);
  return {
    ...(rest as unknown as DataRequestRecord),
    id: String(_id),
    visitor: String(visitor),
    ...(doneBy ? { doneBy: String(doneBy) } : {}),
  };
}

/**
 * Personal data duties: anonymising a visitor's traces in every collection that holds them, data requests,
 * the erasure record and the staff access log. The one place that knows where personal data lives.
 */
export function privacyStore(models: Models) {
  const { Visitor, Conversation, Message, Rating, Note, OutboundMail, InboundMail, Reminder } = models;
  const { DataRequest, Erasure, AccessLog } = models;
  return {
    /**
     * Replaces the personal data of these conversations (texts, guest-book copies, comments, notes, mails)
     * and, with `guestBook`, of the visitor themselves (their token revoked). Returns what it touched.
     */
    async anonymise(visitor: Id, conversations: Id[], guestBook: boolean, at: Date): Promise<Record<string, number>> {
      const inConversations = { $in: conversations };
      const counts: Record<string, number> = { conversations: conversations.length };
      counts.messages = (
        await Message.updateMany(
          { conversation: inConversations, 'author.kind': { $in: ['visitor', 'officer'] } },
          // A file's name can name the person; the files themselves are deleted by the caller.
          { $set: { text: ERASED }, $unset: { files: 1 } },
        )
      ).modifiedCount;
      await Conversation.updateMany(
        { _id: inConversations },
        {
          $set: {
            'visitorCard.name': ERASED_NAME,
            'visitorCard.institution': '',
            question: ERASED,
            lastMessage: ERASED,
            anonymisedAt: at,
          },
          $unset: { summary: 1, pageUrl: 1, 'rating.comment': 1 },
        },
      );
      await Rating.updateMany({ conversation: inConversations }, { $unset: { comment: 1 } });
      counts.notes = (
        await Note.updateMany({ conversation: inConversations }, { $set: { text: ERASED } })
      ).modifiedCount;
      counts.mails = (
        await OutboundMail.updateMany(
          { $or: [{ conversation: inConversations }, { about: inConversations }] },
          {
            $set: { to: [{ address: 'erased@erased.invalid' }], subject: ERASED, text: ERASED, html: ERASED },
            $unset: { attachments: 1 },
          },
        )
      ).modifiedCount;
      await Reminder.updateMany({ conversation: inConversations }, { $set: { visitorName: ERASED_NAME } });
      if (guestBook) {
        const before = await Visitor.findById(visitor).lean();
        counts.inboundMails = (
          await InboundMail.updateMany(
            { $or: [{ conversation: inConversations }, ...(before?.email ? [{ from: before.email }] : [])] },
            { $set: { from: 'erased@erased.invalid', subject: ERASED, attachments: [] } },
          )
        ).modifiedCount;
        // Mails to the visitor outside a conversation: the verification codes of their requests.
        const requests = await DataRequest.find({ visitor }).select('_id').lean();
        counts.mails += (
          await OutboundMail.updateMany(
            { key: { $in: requests.map((request) => `code:${request._id}`) } },
            { $set: { to: [{ address: 'erased@erased.invalid' }], subject: ERASED, text: ERASED, html: ERASED } },
          )
        ).modifiedCount;
        // A correction's details may quote the data itself.
        await DataRequest.updateMany({ visitor }, { $unset: { details: 1 } });
        await Visitor.updateOne(
          { _id: visitor },
          {
            $set: {
              name: ERASED_NAME,
              email: `erased-${visitor}@erased.invalid`,
              phone: '',
              institution: '',
              occupation: '',
              search: '',
              // The widget's token stops working: a new guest book is a new visitor.
              tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
              erasedAt: at,
            },
          },
        );
      } else {
        counts.inboundMails = (
          await InboundMail.updateMany(
            { conversation: inConversations },
            { $set: { from: 'erased@erased.invalid', subject: ERASED, attachments: [] } },
          )
        ).modifiedCount;
      }
      return counts;
    },

    async recordErasure(erasure: {
      office: string;
      visitor: Id;
      reason: 'request' | 'retention';
      request?: Id;
      by: { kind: 'officer' | 'system'; id?: Id };
      conversations: Id[];
      counts: Record<string, number>;
      at: Date;
    }): Promise<void> {
      await Erasure.create(erasure);
    },

    /** Closed conversations of the office past their retention and not anonymised yet, oldest first. */
    async expired(office: string, closedBefore: Date, limit: number): Promise<{ id: Id; visitor: Id }[]> {
      const docs = await Conversation.find({
        office,
        status: 'closed',
        closedAt: { $lt: closedBefore },
        anonymisedAt: { $exists: false },
      })
        .sort({ closedAt: 1 })
        .limit(limit)
        .select('visitor')
        .lean();
      return docs.map((doc) => ({ id: String(doc._id), visitor: String(doc.visitor) }));
    },

    /** The next conversations to expire (closed soonest before the cutoff moves past them). */
    async nextToExpire(office: string, limit = 20): Promise<{ id: Id; closedAt: Date }[]> {
      const docs = await Conversation.find({ office, status: 'closed', anonymisedAt: { $exists: false } })
        .sort({ closedAt: 1 })
        .limit(limit)
        .select('closedAt')
        .lean();
      return docs.map((doc) => ({ id: String(doc._id), closedAt: doc.closedAt as Date }));
    },

    /** Whether the visitor still has a conversation whose data is kept. */
    async visitorHasKept(visitor: Id): Promise<boolean> {
      const docs = await Conversation.find({ visitor }).select('anonymisedAt').lean();
      return docs.some((doc) => !doc.anonymisedAt);
    },

    async conversationsOf(visitor: Id): Promise<Id[]> {
      return (await Conversation.find({ visitor }).select('_id').lean()).map((doc) => String(doc._id));
    },

    async createRequest(request: Omit<DataRequestRecord, 'id' | 'attempts'>): Promise<DataRequestRecord> {
      return toRequest((await DataRequest.create(request)).toObject() as Lean);
    },
    async request(id: Id): Promise<DataRequestRecord | undefined> {
      const doc = await DataRequest.findById(id).lean();
      return doc ? toRequest(doc as Lean) : undefined;
    },
    async recentRequests(visitor: Id, since: Date): Promise<number> {
      return DataRequest.countDocuments({ visitor, createdAt: { $gte: since } });
    },
    async updateRequest(id: Id, changes: Partial<DataRequestRecord>): Promise<DataRequestRecord | undefined> {
      const doc = await DataRequest.findOneAndUpdate(
        { _id: id },
        { $set: changes },
        { returnDocument: 'after' },
      ).lean();
      return doc ? toRequest(doc as Lean) : undefined;
    },
    async openRequests(office: string): Promise<DataRequestRecord[]> {
      const docs = await DataRequest.find({ office, status: 'open' }).sort({ dueAt: 1 }).limit(200).lean();
      return docs.map((doc) => toRequest(doc as Lean));
    },

    async logAccess(entry: {
      officer: Id;
      office: string;
      what: 'conversation' | 'export' | 'data_request' | 'affected_export';
      conversation?: Id;
      visitor?: Id;
      at: Date;
      expiresAt: Date;
    }): Promise<void> {
      await AccessLog.create(entry);
    },
    async accessLog(office: string, limit = 200) {
      const docs = await AccessLog.find({ office }).sort({ at: -1 }).limit(limit).lean();
      return docs.map((doc) => ({
        officer: String(doc.officer),
        what: doc.what,
        ...(doc.conversation ? { conversation: String(doc.conversation) } : {}),
        at: doc.at,
      }));
    },
    /** Guest books the office took in a time window, for a breach notice: who, and which fields they gave. */
    async visitorsBetween(office: string, from: Date, to: Date) {
      const docs = await Visitor.find({ office, createdAt: { $gte: from, $lt: to }, erasedAt: { $exists: false } })
        .sort({ createdAt: 1 })
        .limit(10_000)
        .lean();
      return docs.map((doc) => ({
        visitorId: String(doc._id),
        name: doc.name,
        email: doc.email,
        fields: (['name', 'email', 'phone', 'institution', 'occupation'] as const).filter((field) =>
          Boolean(doc[field]),
        ),
        firstAt: (doc.createdAt as Date).toISOString(),
      }));
    },
    async deleteExpiredAccessLog(now: Date): Promise<void> {
      await AccessLog.deleteMany({ expiresAt: { $lt: now } });
    },
  };
}
