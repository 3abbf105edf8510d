import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/config.ts';
import { startFerretDb } from './embedded-ferretdb.ts';
import { startMongoMemoryServer } from './embedded-mongo.ts';

/** A database started by this process, for `pnpm start` without MONGODB_URI. */
export interface EmbeddedDatabase {
  /** What runs, for the start banner. */
  kind: string;
  uri: string;
  /** Where its data lives. */
  dataPath: string;
  logPath?: string;
  stop(): Promise<void>;
}

/** What a running server tells the admin CLI about its embedded database (DATA_DIR/embedded.json). */
interface EmbeddedState {
  uri: string;
  kind: string;
  pid: number;
}

const stateFile = (dataDir: string) => path.join(dataDir, 'embedded.json');

/**
 * Starts the embedded default wherever it can: mongodb-memory-server (real
 * MongoDB) first, then FerretDB built with Go. The one whose data is already
 * in dataDir goes first, so a restart never swaps the data away, and an
 * offline machine does not wait for a download each time. When neither
 * starts, throws one ConfigError naming every way forward.
 */
export async function startEmbeddedDatabase(dataDir: string, say: (line: string) => void): Promise<EmbeddedDatabase> {
  await refuseSecondServer(dataDir);
  const ways = [
    { name: 'MongoDB (mongodb-memory-server)', folder: 'mongodb', start: () => startMongoMemoryServer(dataDir) },
    { name: 'FerretDB (Go)', folder: 'ferretdb', start: () => startFerretDb(dataDir, say) },
  ];
  const hasData = (folder: string) => {
    const dir = path.join(dataDir, folder);
    return existsSync(dir) && readdirSync(dir).length > 0;
  };
  ways.sort((a, b) => Number(hasData(b.folder)) - Number(hasData(a.folder)));

  const failures: string[] = [];
  for (const way of ways) {
    try {
      const database = await way.start();
      await writeFile(stateFile(dataDir), JSON.stringify({ uri: database.uri, kind: database.kind, pid: process.pid }));
      return {
        ...database,
        stop: async () => {
          await rm(stateFile(dataDir), { force: true });
          await database.stop();
        },
      };
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
      failures.push(`  ${way.name}: ${reason.slice(0, 300)}`);
      say(`  ${way.name} could not start; trying the next way ...`);
    }
  }
  throw new ConfigError(
    [
      'No database: MONGODB_URI is not set and no embedded database could start.',
      ...failures,
      'Any one of these gets you going:',
      '  - point the server at a running MongoDB 7 or newer:  MONGODB_URI=mongodb://127.0.0.1:27017/ pnpm start',
      '  - run everything in containers:                      docker compose up --build',
      '  - install Go (https://go.dev/dl/, or apt-get install golang) and run `pnpm start` again: it builds',
      '    FerretDB, a MongoDB-compatible server, once from the Go module proxy (needs the proxy, not the internet).',
      '  - with internet access, `pnpm start` downloads MongoDB itself (mongodb-memory-server).',
    ].join('\n'),
  );
}

/**
 * The URI of the embedded database that a running `pnpm start` owns, for the
 * admin CLI. Throws a ConfigError when no server runs one on this dataDir.
 */
export async function runningEmbeddedUri(dataDir: string): Promise<string> {
  const state = await readState(dataDir);
  if (state && isAlive(state.pid)) return state.uri;
  throw new ConfigError(
    [
      `The server's embedded database is not running (nothing in ${stateFile(dataDir)}).`,
      'Start the server with `pnpm start` in another terminal and run this command again,',
      'or set MONGODB_URI to the database the server uses.',
    ].join('\n'),
  );
}

async function refuseSecondServer(dataDir: string): Promise<void> {
  const state = await readState(dataDir);
  if (state && state.pid !== process.pid && isAlive(state.pid)) {
    throw new ConfigError(
      `Another server (pid ${state.pid}) already runs the embedded database in ${dataDir}. ` +
        'Stop it first, or give this one its own DATA_DIR.',
    );
  }
}

async function readState(dataDir: string): Promise<EmbeddedState | undefined> {
  try {
    const state = JSON.parse(await readFile(stateFile(dataDir), 'utf8')) as Partial<EmbeddedState>;
    return typeof state.uri === 'string' && typeof state.pid === 'number' ? (state as EmbeddedState) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
