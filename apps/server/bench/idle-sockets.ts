// `pnpm bench:idle`: heap and RSS per 1,000 idle visitor sockets on the compiled server (`pnpm build` first)
// against a bare Socket.IO server, each in its own process, measured after a full GC in the same run.
// Needs MONGODB_URI. Each socket comes from its own forwarded address, as visitors do behind the proxy.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { io as connect, type Socket } from 'socket.io-client';
import { connectMongo } from '../src/store/connect.ts';
import { writeSection } from './results-file.ts';

const SOCKETS = Number(process.env.BENCH_IDLE_SOCKETS ?? 1000);
const serverDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Memory {
  heapUsed: number;
  rss: number;
}

async function startProcess(script: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', './bench/heap-probe.mjs', script], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function memoryOf(child: ChildProcess): Promise<Memory> {
  const answer = once(child, 'message') as Promise<[Memory]>;
  child.send('heap');
  return (await answer)[0];
}

function openSocket(url: string, index: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(`${url}/visitor`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { officeCode: '5102' },
      extraHeaders: {
        origin: 'http://localhost:8080',
        'x-forwarded-for': `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`,
      },
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function openMany(port: number, from: number, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = from; i < from + count; i += 50) {
    const batch = Array.from({ length: Math.min(50, from + count - i) }, (_, k) => i + k);
    sockets.push(...(await Promise.all(batch.map((index) => openSocket(`http://127.0.0.1:${port}`, index)))));
  }
  return sockets;
}

/**
 * What `SOCKETS` more idle sockets add once `SOCKETS` are already connected, the same for both servers: the
 * first batch warms up (code the handshake path compiles, tables that grow once), so the second shows only
 * what each socket retains.
 */
async function perThousand(script: string, port: number, env: Record<string, string>): Promise<Memory> {
  const child = await startProcess(script, port, env);
  const first = await openMany(port, 0, SOCKETS);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const before = await memoryOf(child);
  const second = await openMany(port, SOCKETS, SOCKETS);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = await memoryOf(child);
  for (const socket of [...first, ...second]) socket.disconnect();
  child.kill('SIGKILL');
  const scale = 1000 / SOCKETS;
  return { heapUsed: (after.heapUsed - before.heapUsed) * scale, rss: (after.rss - before.rss) * scale };
}

if (!process.env.MONGODB_URI) throw new Error('Set MONGODB_URI (see README, Development) to run the benchmark.');
if (!existsSync(path.join(serverDir, 'dist/index.js'))) throw new Error('Run pnpm build first: this measures dist/.');
const raw = await perThousand('bench/raw-idle-server.mjs', 3961, {});
const database = `bench_idle_${Date.now()}`;
const full = await perThousand('dist/index.js', 3962, { NODE_ENV: 'development', MONGODB_DB: database });
// The server seeded the demo offices there: leave no database behind.
const mongo = await connectMongo(process.env.MONGODB_URI, database);
await mongo.dropDatabase();
await mongo.close();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const report = [
  `What ${SOCKETS} more idle visitor sockets add to a server already holding ${SOCKETS}, per 1,000, after a full GC.`,
  '',
  '|  | raw Socket.IO | full stack (compiled) | full / raw |',
  '|---|---|---|---|',
  `| heap | ${mb(raw.heapUsed)} | ${mb(full.heapUsed)} | ${(full.heapUsed / raw.heapUsed).toFixed(2)}× |`,
  `| RSS | ${mb(raw.rss)} | ${mb(full.rss)} | ${(full.rss / raw.rss).toFixed(2)}× |`,
  '',
  `Run: ${new Date().toISOString()} · Node ${process.version} · load average ` +
    `${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} · ` +
    '`pnpm build && pnpm --filter @pst/server bench:idle` (also the last step of `pnpm bench`).',
].join('\n');
console.log(report);
writeSection('Idle visitor sockets', report);
process.exit(0);
