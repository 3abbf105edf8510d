import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { type Load, percentile } from './measure.ts';

// The driver Mongoose itself uses, without Mongoose.
const { ObjectId } = mongoose.mongo;
type Db = mongoose.mongo.Db;
type ObjectId = InstanceType<typeof ObjectId>;

/**
 * The database floor: what storing one message costs with the raw MongoDB driver on the same database and
 * collections as the full stack (the app's `messages` and `conversations`, with their indexes and stored
 * conversations): insert the message, then update its conversation by _id, as the store does, without
 * Mongoose, Socket.IO or validation.
 */
export async function rawDriver(db: Db, conversationIds: string[]) {
  const messages = db.collection('messages');
  const conversations = db.collection('conversations');
  const ids = conversationIds.map((id) => new ObjectId(id));
  const seqs = new Map<string, number>();
  for (const doc of await conversations.find({ _id: { $in: ids } }, { projection: { lastSeq: 1 } }).toArray()) {
    seqs.set(String(doc._id), doc.lastSeq ?? 0);
  }

  const store = async (conversation: ObjectId) => {
    const seq = (seqs.get(String(conversation)) ?? 0) + 1;
    seqs.set(String(conversation), seq);
    const text = `bench ${seq}`;
    await messages.insertOne({
      conversation,
      seq,
      clientMsgId: randomUUID(),
      author: { kind: 'visitor', id: conversation },
      text,
      at: new Date(),
    });
    await conversations.updateOne(
      { _id: conversation },
      { $max: { lastSeq: seq }, $set: { lastMessage: text, lastVisitorMessageAt: new Date() } },
    );
  };

  return {
    /** One message at a time on the first conversation. */
    async latency(count: number) {
      const first = ids[0] as ObjectId;
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await store(first);
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
    },
    /** `senders` conversations at once, each storing its next message when the previous one is stored. */
    async load(senders: number, perSender: number): Promise<Load> {
      const samples: number[] = [];
      const start = performance.now();
      await Promise.all(
        ids.slice(0, senders).map(async (id) => {
          for (let i = 0; i < perSender; i++) {
            const sent = performance.now();
            await store(id);
            samples.push(performance.now() - sent);
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      samples.sort((a, b) => a - b);
      return {
        senders,
        throughput: (senders * perSender) / seconds,
        p50: percentile(samples, 0.5),
        p99: percentile(samples, 0.99),
      };
    },
  };
}
