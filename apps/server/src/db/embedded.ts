import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/config.ts';

/** A MongoDB started by this process, for `pnpm start` without MONGODB_URI. */
export interface EmbeddedMongo {
  uri: string;
  stop(): Promise<void>;
}

/**
 * Starts mongodb-memory-server with its files under dataDir, so data survives
 * restarts. When the binary cannot be had (no internet), throws a ConfigError
 * that tells the operator how to use an existing MongoDB instead.
 */
export async function startEmbeddedMongo(dataDir: string): Promise<EmbeddedMongo> {
  const dbPath = path.join(dataDir, 'mongodb');
  await mkdir(dbPath, { recursive: true });
  try {
    // Imported lazily: production with MONGODB_URI never loads it.
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    const server = await withoutConsoleNoise(() =>
      MongoMemoryServer.create({ instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' } }),
    );
    return {
      uri: server.getUri(),
      stop: async () => {
        await server.stop({ doCleanup: false });
      },
    };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    throw new ConfigError(
      [
        'The embedded MongoDB could not start, and MONGODB_URI is not set.',
        `  Reason: ${reason}`,
        '  The embedded MongoDB downloads its binary once; without internet access that fails.',
        '  Point the server at a running MongoDB (7 or newer) instead, for example:',
        '    MONGODB_URI=mongodb://127.0.0.1:27017/ pnpm start',
      ].join('\n'),
    );
  }
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
