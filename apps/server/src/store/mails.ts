import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import { type Id, withoutNulls } from './records.ts';

export interface MailAddress {
  name?: string;
  address: string;
}

export type MailKind = 'answer' | 'transcript' | 'reminder' | 'code';

/** A mail as queued: what the sender job hands the transport. */
export interface OutboundMailRecord {
  id: Id;
  key: string;
  office: string;
  conversation?: Id;
  /** The conversation a staff mail is about (not threaded with it). */
  about?: Id;
  kind: MailKind;
  from: MailAddress;
  to: MailAddress[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Files sent along (an answer's), by their stored id. */
  attachments?: { file: Id; name: string; contentType: string }[];
  messageId: string;
  inReplyTo?: string;
  references: string[];
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  createdAt: Date;
  sentAt?: Date;
}

export type NewOutboundMail = Omit<OutboundMailRecord, 'id' | 'status' | 'attempts' | 'nextAttemptAt' | 'sentAt'>;

export type InboundOutcome = 'threaded' | 'started' | 'auto_reply' | 'too_large' | 'no_sender' | 'reply_to_closed';

type Lean = Record<string, unknown> & { _id: unknown };

function toOutboundMail(doc: Lean): OutboundMailRecord {
  const { _id, __v, conversation, about, attachments, ...rest } = withoutNulls(doc);
  const files = attachments as { file: unknown; name: string; contentType: string }[] | undefined;
  return {
    ...(rest as unknown as OutboundMailRecord),
    ...(files?.length ? { attachments: files.map((a) => ({ ...a, file: String(a.file) })) } : {}),
    id: String(_id),
    ...(conversation ? { conversation: String(conversation) } : {}),
    ...(about ? { about: String(about) } : {}),
  };
}

/** Outgoing mail: queued once per key, each attempt claimed once, so one mail is never sent twice. */
export function outboundMailStore({ OutboundMail, MailSendClaim }: Models) {
  return {
    /** Queues the mail; false when a mail with its key was queued before (nothing changes then). */
    async queue(mail: NewOutboundMail): Promise<boolean> {
      try {
        await OutboundMail.create({ ...mail, status: 'queued', attempts: 0, nextAttemptAt: mail.createdAt });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async byKey(key: string): Promise<OutboundMailRecord | undefined> {
      const doc = await OutboundMail.findOne({ key }).lean();
      return doc ? toOutboundMail(doc) : undefined;
    },
    /** Queued mails whose next attempt is due, oldest first. */
    async due(now: Date, limit = 50): Promise<OutboundMailRecord[]> {
      const docs = await OutboundMail.find({ status: 'queued', nextAttemptAt: { $lte: now } })
        .sort({ nextAttemptAt: 1 })
        .limit(limit)
        .lean();
      return docs.map(toOutboundMail);
    },
    /** True for the one node whose insert of (mail, attempt) succeeded: it alone makes that attempt. */
    async claimAttempt(mail: OutboundMailRecord, node: string, at: Date): Promise<boolean> {
      try {
        await MailSendClaim.create({ mail: mail.id, attempt: mail.attempts + 1, node, at });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async markSent(id: Id, attempts: number, at: Date): Promise<void> {
      await OutboundMail.updateOne({ _id: id }, { $set: { status: 'sent', attempts, sentAt: at } });
    },
    /** Records a failed attempt: tried again at `nextAttemptAt`, or given up (`failed`) when that is absent. */
    async markFailed(id: Id, attempts: number, error: string, nextAttemptAt?: Date): Promise<void> {
      await OutboundMail.updateOne(
        { _id: id },
        {
          $set: {
            attempts,
            lastError: error.slice(0, 500),
            ...(nextAttemptAt ? { nextAttemptAt } : { status: 'failed' }),
          },
        },
      );
    },
    /** The Message-IDs of the conversation's mails, oldest first, for threading the next one. */
    async messageIdsOf(conversation: Id): Promise<string[]> {
      const docs = await OutboundMail.find({ conversation }).sort({ createdAt: 1 }).select('messageId').lean();
      return docs.map((doc) => doc.messageId);
    },
    /** The conversation a mail of ours with this Message-ID belongs to, within the office. */
    async conversationOf(office: string, messageId: string): Promise<Id | undefined> {
      const doc = await OutboundMail.findOne({ office, messageId }).select('conversation').lean();
      return doc?.conversation ? String(doc.conversation) : undefined;
    },
    /** The newest mails, for the development mail page. */
    async latest(limit = 50): Promise<OutboundMailRecord[]> {
      return (await OutboundMail.find().sort({ createdAt: -1 }).limit(limit).lean()).map(toOutboundMail);
    },
    async byId(id: Id): Promise<OutboundMailRecord | undefined> {
      const doc = await OutboundMail.findById(id).lean();
      return doc ? toOutboundMail(doc) : undefined;
    },
  };
}

export interface InboundMailRecord {
  office: string;
  messageId: string;
  uid?: number;
  from?: string;
  subject?: string;
  outcome: InboundOutcome | 'pending';
  conversation?: Id;
  receivedAt: Date;
  attachments: { name: string; size: number }[];
}

/** Mail read from office mailboxes: each (office, Message-ID) is kept once. */
export function inboundMailStore({ InboundMail }: Models) {
  return {
    /**
     * Claims the mail for processing: true when it is new, or was claimed before but never finished (the
     * node died); false when it was handled already.
     */
    async claim(mail: Omit<InboundMailRecord, 'outcome' | 'conversation'>): Promise<boolean> {
      try {
        await InboundMail.create({ ...mail, outcome: 'pending' });
        return true;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const earlier = await InboundMail.findOne({ office: mail.office, messageId: mail.messageId }).lean();
        return earlier?.outcome === 'pending';
      }
    },
    async finish(office: string, messageId: string, outcome: InboundOutcome, conversation?: Id): Promise<void> {
      await InboundMail.updateOne(
        { office, messageId },
        { $set: { outcome, ...(conversation ? { conversation } : {}) } },
      );
    },
    async byMessageId(office: string, messageId: string): Promise<InboundMailRecord | undefined> {
      const doc = await InboundMail.findOne({ office, messageId }).lean();
      if (!doc) return undefined;
      const { _id, __v, conversation, ...rest } = withoutNulls(doc as Lean);
      return {
        ...(rest as unknown as InboundMailRecord),
        ...(conversation ? { conversation: String(conversation) } : {}),
      };
    },
    /** The Message-IDs of mails received into the conversation, oldest first. */
    async messageIdsOf(conversation: Id): Promise<string[]> {
      const docs = await InboundMail.find({ conversation }).sort({ receivedAt: 1 }).select('messageId').lean();
      return docs.map((doc) => doc.messageId);
    },
  };
}

export interface OfficeMailboxRecord {
  office: string;
  address: string;
  displayName?: string;
  imap?: { host: string; port: number; secure: boolean; user: string; passwordSealed: string; folder: string };
  uidValidity?: string;
  lastUid: number;
  lastPolledAt?: Date;
  lastError?: string;
}

function toMailbox(doc: Lean): OfficeMailboxRecord {
  const { _id, __v, ...rest } = withoutNulls(doc);
  const mailbox = rest as unknown as OfficeMailboxRecord;
  return { ...mailbox, lastUid: mailbox.lastUid ?? 0 };
}

/** Office mailboxes and their IMAP cursors. */
export function officeMailboxStore({ OfficeMailbox }: Models) {
  return {
    async byOffice(office: string): Promise<OfficeMailboxRecord | undefined> {
      const doc = await OfficeMailbox.findOne({ office }).lean();
      return doc ? toMailbox(doc) : undefined;
    },
    async withImap(): Promise<OfficeMailboxRecord[]> {
      return (await OfficeMailbox.find({ imap: { $exists: true } }).lean()).map(toMailbox);
    },
    /** Sets the address and settings; a changed IMAP server, user or folder starts its cursor afresh. */
    async save(
      mailbox: Pick<OfficeMailboxRecord, 'office' | 'address' | 'displayName' | 'imap'>,
    ): Promise<OfficeMailboxRecord> {
      const before = await OfficeMailbox.findOne({ office: mailbox.office }).lean();
      const source = (imap?: { host: string; user: string; folder: string } | null) =>
        imap ? `${imap.host}\n${imap.user}\n${imap.folder}` : '';
      const keepCursor = before && source(before.imap) === source(mailbox.imap);
      const next = {
        office: mailbox.office,
        address: mailbox.address,
        ...(mailbox.displayName ? { displayName: mailbox.displayName } : {}),
        ...(mailbox.imap ? { imap: mailbox.imap } : {}),
        lastUid: keepCursor ? before.lastUid : 0,
        ...(keepCursor && before.uidValidity ? { uidValidity: before.uidValidity } : {}),
      };
      // A whole replacement: what the new settings leave out (IMAP, a name, an old cursor) is gone.
      await OfficeMailbox.replaceOne({ office: mailbox.office }, next, { upsert: true });
      return toMailbox({ _id: null, ...next });
    },
    async remove(office: string): Promise<void> {
      await OfficeMailbox.deleteOne({ office });
    },
    /** Where the poller got to: a UID never goes back within one UIDVALIDITY. */
    async advance(office: string, uidValidity: string, lastUid: number): Promise<void> {
      await OfficeMailbox.updateOne({ office }, { $set: { uidValidity, lastUid } });
    },
    async notePoll(office: string, at: Date, error?: string): Promise<void> {
      await OfficeMailbox.updateOne(
        { office },
        error
          ? { $set: { lastPolledAt: at, lastError: error.slice(0, 500) } }
          : { $set: { lastPolledAt: at }, $unset: { lastError: 1 } },
      );
    },
  };
}
