import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

// The driver Mongoose itself uses, without Mongoose.
const { MongoClient, ObjectId } = mongoose.mongo;
type ObjectId = InstanceType<typeof ObjectId>;

/**
 * The database floor: what storing one message costs with the raw MongoDB
 * driver on the same server (insert into a collection with the messages'
 * unique indexes, then update the conversation by _id), without Mongoose,
 * Socket.IO or validation. One at a time for latency, `concurrency` at once
 * for throughput.
 */
export async function rawDriver(uri: string, count: number, concurrency: number) {
  const client = await new MongoClient(uri).connect();
  const db = client.db(`bench_raw_${Date.now()}`);
  const messages = db.collection('messages');
  const conversations = db.collection('conversations');
  await messages.createIndex({ conversation: 1, seq: 1 }, { unique: true });
  await messages.createIndex({ conversation: 1, clientMsgId: 1 }, { unique: true });
  const ids = Array.from({ length: concurrency }, () => new ObjectId());
  await conversations.insertMany(ids.map((_id) => ({ _id, lastSeq: 0 })));
  const seqs = new Map<string, number>();

  const store = async (conversation: ObjectId) => {
    const seq = (seqs.get(String(conversation)) ?? 0) + 1;
    seqs.set(String(conversation), seq);
    await messages.insertOne({ conversation, seq, clientMsgId: randomUUID(), text: 'bench', at: new Date() });
    await conversations.updateOne({ _id: conversation }, { $max: { lastSeq: seq }, $set: { lastMessage: 'bench' } });
  };

  const samples: number[] = [];
  const first = ids[0] as ObjectId;
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await store(first);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;

  const perConversation = 50;
  const start = performance.now();
  await Promise.all(
    ids.map(async (id) => {
      for (let i = 0; i < perConversation; i++) await store(id);
    }),
  );
  const throughput = (ids.length * perConversation) / ((performance.now() - start) / 1000);

  await db.dropDatabase();
  await client.close();
  return { p50: at(0.5), p99: at(0.99), throughput };
}
