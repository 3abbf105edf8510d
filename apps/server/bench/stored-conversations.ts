import mongoose from 'mongoose';

const { ObjectId } = mongoose.mongo;
type Db = mongoose.mongo.Db;

const BATCH = 1000;

/**
 * Fills the app's `conversations` collection up to `total` documents with closed copies of a real one (fresh
 * ids, visitors and dates), through the raw driver in batches: the message path then runs among that many
 * stored conversations.
 */
export async function seedConversations(db: Db, total: number): Promise<void> {
  const conversations = db.collection('conversations');
  const template = await conversations.findOne({});
  if (!template) throw new Error('no conversation to copy');
  const missing = total - (await conversations.countDocuments({}));
  const start = Date.UTC(2025, 0, 1);
  for (let done = 0; done < missing; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, missing - done) }, (_, i) => {
      const createdAt = new Date(start + (done + i) * 60_000);
      return {
        ...template,
        _id: new ObjectId(),
        visitor: new ObjectId(),
        status: 'closed',
        createdAt,
        queuedAt: createdAt,
        closedAt: new Date(createdAt.getTime() + 600_000),
        closeReason: 'resolved',
        localMonth: createdAt.toISOString().slice(0, 7),
      };
    });
    await conversations.insertMany(batch, { ordered: false });
  }
}
