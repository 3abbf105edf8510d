import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import mongoose from 'mongoose';
import type { TestProject } from 'vitest/node';

const testDatabaseScript = fileURLToPath(new URL('../../../../scripts/test-database.sh', import.meta.url));

/**
 * Finds the MongoDB the tests use: MONGODB_URI when set (CI sets FerretDB on
 * PostgreSQL), otherwise a throwaway mongodb-memory-server, otherwise FerretDB
 * on a throwaway PostgreSQL started by the same script CI uses. Either way it
 * must answer, or the whole suite fails here with one clear message; it never
 * skips.
 */
export default async function setup(project: TestProject) {
  let uri = process.env.MONGODB_URI;
  let stop: (() => Promise<unknown>) | undefined;
  if (!uri) {
    const started = await startMongoMemoryServer().catch((mms: unknown) =>
      startFerretDbOnPostgres().catch((ferret: unknown) => {
        throw new Error(
          'MONGODB_URI is unset and no throwaway database could start. ' +
            `mongodb-memory-server: ${String(mms).split('\n')[0]}. FerretDB on PostgreSQL: ${String(ferret).split('\n')[0]}. ` +
            'Set MONGODB_URI to a running MongoDB or FerretDB (see README, Development).',
        );
      }),
    );
    uri = started.uri;
    stop = started.stop;
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

async function startMongoMemoryServer() {
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await MongoMemoryServer.create();
  return { uri: server.getUri(), stop: () => server.stop() };
}

/** scripts/test-database.sh: ready when it prints the URI; stops when its stdin closes. */
function startFerretDbOnPostgres(): Promise<{ uri: string; stop: () => Promise<unknown> }> {
  const child = spawn('bash', [testDatabaseScript], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const uri = chunk.toString().match(/MONGODB_URI=(\S+)/)?.[1];
      if (uri)
        resolve({
          uri,
          stop: () => {
            child.stdin.end();
            return new Promise((done) => child.once('exit', done));
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`scripts/test-database.sh exited with ${code}: ${output.trim()}`)));
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}
