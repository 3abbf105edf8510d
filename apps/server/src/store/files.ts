import type { Readable } from 'node:stream';
import type { FileKind } from '@pst/protocol';
import { mongo, Types } from 'mongoose';
import type { Models } from './models.ts';
import type { FileRecord, Id } from './records.ts';

const BUCKET = 'filedata';

type Lean = {
  _id: unknown;
  office: string;
  conversation: unknown;
  uploader: { kind: string; id?: unknown };
  name: string;
  kind: string;
  size: number;
  at: Date;
};

function toFileRecord(doc: Lean): FileRecord {
  return {
    id: String(doc._id),
    office: doc.office,
    conversationId: String(doc.conversation),
    uploader: {
      kind: doc.uploader.kind as FileRecord['uploader']['kind'],
      ...(doc.uploader.id ? { id: String(doc.uploader.id) } : {}),
    },
    name: doc.name,
    kind: doc.kind as FileKind,
    size: doc.size,
    at: doc.at,
  };
}

/**
 * Files: bytes in GridFS (the driver's GridFSBucket: plain `filedata.files` and `filedata.chunks`
 * collections with ordinary indexes, which FerretDB v1 serves), streamed in and out in 255 KB chunks,
 * and one `StoredFile` record each. The only code that touches either.
 */
export function fileStore({ StoredFile }: Models) {
  let bucket: mongo.GridFSBucket | undefined;
  const db = () => {
    const native = StoredFile.db.db;
    if (!native) throw new Error('the database connection is not open');
    return native;
  };
  const files = () => {
    bucket ??= new mongo.GridFSBucket(db(), { bucketName: BUCKET });
    return bucket;
  };
  const removeBytes = async (id: Types.ObjectId) => {
    await db().collection(`${BUCKET}.chunks`).deleteMany({ files_id: id });
    await db().collection(`${BUCKET}.files`).deleteOne({ _id: id });
  };

  return {
    /**
     * Streams `source` into GridFS under a new id and returns it. If `source` fails (too large, wrong kind,
     * the client went away), whatever was stored of it is removed and the error thrown.
     */
    async writeBytes(source: Readable, name: string): Promise<Id> {
      const id = new Types.ObjectId();
      const upload = files().openUploadStream(name, { id });
      // One write at a time, each awaited until its chunk is in the database: when the source fails, no
      // insert is still in flight, so the clean-up below leaves nothing behind (`abort()` would race one).
      const write = (chunk: Buffer) =>
        new Promise<void>((resolve, reject) => upload.write(chunk, (error) => (error ? reject(error) : resolve())));
      try {
        for await (const chunk of source) await write(chunk as Buffer);
        await new Promise<void>((resolve, reject) =>
          upload.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
      } catch (error) {
        await removeBytes(id);
        throw error;
      }
      return String(id);
    },
    /** Records stored bytes as a file; from then on it can be downloaded. */
    async record(input: FileRecord): Promise<FileRecord> {
      const doc = await StoredFile.create({
        _id: input.id,
        office: input.office,
        conversation: input.conversationId,
        uploader: input.uploader,
        name: input.name,
        kind: input.kind,
        size: input.size,
        at: input.at,
      });
      return toFileRecord(doc.toObject() as Lean);
    },
    /** Removes stored bytes that were never recorded (refused after the last byte). */
    discardBytes(id: Id): Promise<void> {
      return removeBytes(new Types.ObjectId(id));
    },
    async byId(id: Id): Promise<FileRecord | undefined> {
      if (!Types.ObjectId.isValid(id)) return undefined;
      const doc = await StoredFile.findById(id).lean();
      return doc ? toFileRecord(doc as Lean) : undefined;
    },
    async byIds(ids: Id[]): Promise<FileRecord[]> {
      const docs = await StoredFile.find({ _id: { $in: ids } }).lean();
      return docs.map((doc) => toFileRecord(doc as Lean));
    },
    /** The file's bytes as a stream, chunk by chunk. */
    openRead(id: Id): Readable {
      return files().openDownloadStream(new Types.ObjectId(id));
    },
    /** Erases every file of a conversation (retention, erasure). */
    async removeOfConversation(conversationId: Id): Promise<number> {
      const docs = await StoredFile.find({ conversation: conversationId }).select('_id').lean();
      for (const doc of docs) {
        await removeBytes(doc._id as Types.ObjectId);
        await StoredFile.deleteOne({ _id: doc._id });
      }
      return docs.length;
    },
  };
}

export type FileStore = ReturnType<typeof fileStore>;
