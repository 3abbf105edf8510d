import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EmbeddedDatabase } from './embedded.ts';

/**
 * mongodb-memory-server with its files under dataDir/mongodb, so data survives
 * restarts. It downloads the MongoDB binary on first use; without internet
 * access that throws, and the caller tries the next way.
 */
export async function startMongoMemoryServer(dataDir: string): Promise<EmbeddedDatabase> {
  const dbPath = path.join(dataDir, 'mongodb');
  await mkdir(dbPath, { recursive: true });
  // Imported lazily: production with MONGODB_URI never loads it.
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await withoutConsoleNoise(() =>
    MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' } }),
  );
  return {
    kind: 'MongoDB (mongodb-memory-server)',
    uri: server.getUri(),
    dataPath: dbPath,
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

/**
 * mongodb-memory-server prints each failed download attempt and a stack trace
 * to the console; the operator should see only our one message.
 */
async function withoutConsoleNoise<T>(start: () => Promise<T>): Promise<T> {
  const { warn, error } = console;
  console.warn = () => {};
  console.error = () => {};
  try {
    return await start();
  } finally {
    console.warn = warn;
    console.error = error;
  }
}
