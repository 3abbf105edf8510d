import mongoose from 'mongoose';
import type { TestProject } from 'vitest/node';

/**
 * Finds the MongoDB the tests use: MONGODB_URI when set (CI sets a FerretDB),
 * otherwise a throwaway mongodb-memory-server. Either way it must answer, or
 * the whole suite fails here with one clear message; it never skips.
 */
export default async function setup(project: TestProject) {
  let uri = process.env.MONGODB_URI;
  let stop: (() => Promise<unknown>) | undefined;
  if (!uri) {
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    try {
      const server = await MongoMemoryServer.create();
      uri = server.getUri();
      stop = () => server.stop();
    } catch (error) {
      throw new Error(
        `MONGODB_URI is unset and the throwaway MongoDB could not start (${String(error).split('\n')[0]}). ` +
          'Set MONGODB_URI to a running MongoDB or FerretDB (see README, Development).',
      );
    }
  }
  const probe = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await probe.asPromise();
    await probe.db?.admin().command({ ping: 1 });
  } catch (error) {
    throw new Error(`The tests' MongoDB at ${uri} does not answer: ${(error as Error).message}`);
  } finally {
    await probe.close();
  }
  project.provide('mongoUri', uri);
  return async () => {
    await stop?.();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}
