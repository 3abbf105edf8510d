import type { ChatChannel } from '@pst/protocol';
import { isDuplicateKey } from './duplicate-key.ts';
import type { Models } from './models.ts';
import { type Id, withoutNulls } from './records.ts';

type Lean = Record<string, unknown> & { _id: unknown };

export interface ChatChannelRecord {
  office: string;
  channel: ChatChannel;
  account: string;
  mode: 'webhook' | 'polling';
  secretsSealed: string;
  template?: { name: string; language: string };
  pollOffset: number;
  connectedAt: Date;
  lastError?: string;
  lastErrorAt?: Date;
}

function toChatChannel(doc: Lean): ChatChannelRecord {
  const { _id, __v, ...rest } = withoutNulls(doc);
  const record = rest as unknown as ChatChannelRecord;
  return { ...record, pollOffset: record.pollOffset ?? 0 };
}

/** Offices' connected chat apps, one per (office, channel). */
export function chatChannelStore({ ChatChannel }: Models) {
  return {
    async byOffice(office: string): Promise<ChatChannelRecord[]> {
      return (await ChatChannel.find({ office }).sort({ channel: 1 }).lean()).map(toChatChannel);
    },
    async of(office: string, channel: ChatChannel): Promise<ChatChannelRecord | undefined> {
      const doc = await ChatChannel.findOne({ office, channel }).lean();
      return doc ? toChatChannel(doc) : undefined;
    },
    /** Telegram bots that poll instead of taking webhooks. */
    async polling(): Promise<ChatChannelRecord[]> {
      return (await ChatChannel.find({ channel: 'telegram', mode: 'polling' }).lean()).map(toChatChannel);
    },
    /** Replaces the office's connection of that channel (a new token starts afresh). */
    async save(record: Omit<ChatChannelRecord, 'pollOffset'>): Promise<ChatChannelRecord> {
      const next = { ...record, pollOffset: 0 };
      await ChatChannel.replaceOne({ office: record.office, channel: record.channel }, next, { upsert: true });
      return next;
    },
    async remove(office: string, channel: ChatChannel): Promise<boolean> {
      return (await ChatChannel.deleteOne({ office, channel })).deletedCount > 0;
    },
    async advancePoll(office: string, pollOffset: number): Promise<void> {
      await ChatChannel.updateOne({ office, channel: 'telegram' }, { $max: { pollOffset } });
    },
    /** The last call's outcome: an error is kept (shortened) until a call succeeds again. */
    async noteOutcome(office: string, channel: ChatChannel, at: Date, error?: string): Promise<void> {
      await ChatChannel.updateOne(
        { office, channel },
        error
          ? { $set: { lastError: error.slice(0, 300), lastErrorAt: at } }
          : { $unset: { lastError: 1, lastErrorAt: 1 } },
      );
    },
  };
}

export interface ChannelUpdateRecord {
  id: Id;
  channel: ChatChannel;
  externalId: string;
  office: string;
  payload: unknown;
  status: 'received' | 'processed' | 'failed';
  attempts: number;
  receivedAt: Date;
}

function toUpdate(doc: Lean): ChannelUpdateRecord {
  const { _id, __v, payload, ...rest } = withoutNulls(doc);
  const parsed = payload ? JSON.parse(String(payload)) : {};
  return { ...(rest as unknown as ChannelUpdateRecord), payload: parsed, id: String(_id) };
}

/** Inbound updates, each stored once under (channel, external id) before it is processed. */
export function channelUpdateStore({ ChannelUpdate }: Models) {
  return {
    /** Stores the update; undefined when it was stored before (a retried webhook, a re-polled update). */
    async store(update: Omit<ChannelUpdateRecord, 'id' | 'status' | 'attempts'>) {
      try {
        const payload = JSON.stringify(update.payload);
        const doc = await ChannelUpdate.create({ ...update, payload, status: 'received', attempts: 0 });
        return toUpdate(doc.toObject() as Lean);
      } catch (error) {
        if (isDuplicateKey(error)) return undefined;
        throw error;
      }
    },
    async finish(id: Id, at: Date, error?: string): Promise<void> {
      await ChannelUpdate.updateOne(
        { _id: id },
        {
          $set: {
            status: error ? 'failed' : 'processed',
            processedAt: at,
            ...(error ? { error: error.slice(0, 500) } : { payload: '' }),
          },
          $inc: { attempts: 1 },
        },
      );
    },
    /** Updates still `received` since before `before`: their node stopped before processing them. */
    async stalled(before: Date, limit = 50): Promise<ChannelUpdateRecord[]> {
      const docs = await ChannelUpdate.find({ status: 'received', receivedAt: { $lt: before } })
        .sort({ receivedAt: 1 })
        .limit(limit)
        .lean();
      return docs.map(toUpdate);
    },
    /** Forgets updates received before `before`: retries come within hours, failed ones are kept a while to look at. */
    async deleteReceivedBefore(before: Date): Promise<number> {
      return (await ChannelUpdate.deleteMany({ receivedAt: { $lt: before } })).deletedCount;
    },
  };
}

/** The guest-book dialog's state: the field being asked for, and the answers so far. */
export interface GuestBookDialog {
  step: 'name' | 'email' | 'institution' | 'occupation' | 'purpose' | 'consent';
  answers: Record<string, string>;
}

export interface ChannelContactRecord {
  id: Id;
  office: string;
  channel: ChatChannel;
  sender: string;
  chatId: string;
  visitor?: Id;
  dialog?: GuestBookDialog;
  lastInboundAt?: Date;
}

function toContact(doc: Lean): ChannelContactRecord {
  const { _id, __v, visitor, createdAt, updatedAt, ...rest } = withoutNulls(doc);
  return {
    ...(rest as unknown as ChannelContactRecord),
    id: String(_id),
    ...(visitor ? { visitor: String(visitor) } : {}),
  };
}

/** Senders on chat apps, per office and channel. */
export function channelContactStore({ ChannelContact }: Models) {
  return {
    /** The sender's contact, made on their first message (an upsert: two updates at once make one). */
    async open(
      key: { office: string; channel: ChatChannel; sender: string },
      chatId: string,
      at: Date,
    ): Promise<ChannelContactRecord> {
      const doc = await ChannelContact.findOneAndUpdate(
        key,
        { $set: { chatId, lastInboundAt: at }, $setOnInsert: key },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      return toContact(doc as Lean);
    },
    async byVisitor(visitor: Id): Promise<ChannelContactRecord | undefined> {
      const doc = await ChannelContact.findOne({ visitor }).lean();
      return doc ? toContact(doc) : undefined;
    },
    async setDialog(id: Id, dialog: GuestBookDialog | undefined): Promise<void> {
      await ChannelContact.updateOne({ _id: id }, dialog ? { $set: { dialog } } : { $unset: { dialog: 1 } });
    },
    /** An erased visitor's app accounts are forgotten: writing again starts a new guest book. */
    async removeOfVisitor(visitor: Id): Promise<number> {
      return (await ChannelContact.deleteMany({ visitor })).deletedCount;
    },
    /** The guest book is complete: the sender is this visitor from now on. */
    async linkVisitor(id: Id, visitor: Id): Promise<void> {
      await ChannelContact.updateOne({ _id: id }, { $set: { visitor }, $unset: { dialog: 1 } });
    },
  };
}

/** Messages sent to chat apps, each claimed once by its key. */
export function channelDeliveryStore({ ChannelDelivery }: Models) {
  return {
    /** True for the one caller whose insert of the key succeeded: it alone sends. */
    async claim(delivery: { key: string; office: string; channel: ChatChannel; chatId: string; at: Date }) {
      try {
        await ChannelDelivery.create({ ...delivery, status: 'sending' });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async finish(key: string, outcome: { externalId?: string; error?: string }): Promise<void> {
      await ChannelDelivery.updateOne(
        { key },
        {
          $set: {
            status: outcome.error ? 'failed' : 'sent',
            ...(outcome.externalId ? { externalId: outcome.externalId } : {}),
            ...(outcome.error ? { error: outcome.error.slice(0, 300) } : {}),
          },
        },
      );
    },
  };
}
