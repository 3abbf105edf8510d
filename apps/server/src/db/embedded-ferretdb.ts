import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, open, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../repo-root.ts';
import type { EmbeddedDatabase } from './embedded.ts';

const run = promisify(execFile);
/** The one build script CI uses too: caches the binary by version under ~/.cache/pst-livechat. */
const buildScript = path.join(repoRoot, 'scripts/build-ferretdb.sh');

/**
 * FerretDB v1 (MongoDB wire protocol) on SQLite, for machines where the
 * MongoDB binary cannot be downloaded but Go is installed. The binary is
 * built once from the Go module proxy; its data lives in dataDir/ferretdb and
 * its log in dataDir/ferretdb.log. It runs as a child of the server.
 */
export async function startFerretDb(dataDir: string, say: (line: string) => void): Promise<EmbeddedDatabase> {
  const dataPath = path.join(dataDir, 'ferretdb');
  const logPath = path.join(dataDir, 'ferretdb.log');
  await mkdir(dataPath, { recursive: true });
  const binary = await buildFerretDb(dataDir, say);
  const port = await freePort();
  const log = await open(logPath, 'a');
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataPath}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dataPath}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=warn',
    ],
    { stdio: ['ignore', log.fd, log.fd] },
  );
  await log.close();
  // Never leave FerretDB behind, even when the server dies without stopping it.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  try {
    await waitForPort(child, port, logPath);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    kind: 'FerretDB on SQLite (built from the Go module proxy)',
    uri: `mongodb://127.0.0.1:${port}/`,
    dataPath,
    logPath,
    stop: async () => {
      process.off('exit', killChild);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await once(child, 'exit');
      clearTimeout(timer);
    },
  };
}

/** The cached binary, or a build of it (minutes, the first time). Needs Go unless cached. */
async function buildFerretDb(dataDir: string, say: (line: string) => void): Promise<string> {
  const buildLog = path.join(dataDir, 'ferretdb-build.log');
  const timer = setTimeout(
    () => say(`  Building FerretDB once from the Go module proxy (a few minutes; log: ${buildLog}) ...`),
    2_000,
  );
  try {
    const { stdout, stderr } = await run('bash', [buildScript], { maxBuffer: 64 * 1024 * 1024 });
    await mkdir(dataDir, { recursive: true });
    await writeQuietly(buildLog, stderr);
    return stdout.trim().split('\n').at(-1) ?? '';
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    await writeQuietly(buildLog, stderr);
    const hasGo = await run('go', ['version']).then(
      () => true,
      () => false,
    );
    throw new Error(
      hasGo ? `building FerretDB failed (see ${buildLog})` : 'FerretDB is not built here and Go is not installed',
    );
  } finally {
    clearTimeout(timer);
  }
}

async function writeQuietly(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  await handle.writeFile(text);
  await handle.close();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Retries a TCP connection until FerretDB listens; fails at once when it exits. */
async function waitForPort(child: ChildProcess, port: number, logPath: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const tail = (await readFile(logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-3).join(' ');
      throw new Error(`FerretDB exited with code ${child.exitCode}: ${tail}`);
    }
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (connected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`FerretDB did not listen on 127.0.0.1:${port} within 30 s (log: ${logPath})`);
}
