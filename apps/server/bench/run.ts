// `pnpm bench`: visitor-to-officer message latency and throughput through the
// full stack (validation, storage in MongoDB, fan-out), and through a raw
// Socket.IO relay in the same run, with their ratio. Needs MONGODB_URI.
// Traffic stays on 127.0.0.1; the run is bounded and stops by itself.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSENT_VERSION } from '@pst/protocol';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { createSession } from '../src/domain/auth/sessions.ts';
import { connectMongo } from '../src/store/connect.ts';
import { latency, type Pair, type Result, throughput } from './measure.ts';
import { rawDriver } from './raw-driver.ts';
import { startRawRelay } from './raw-relay.ts';

const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 300);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 10);
const PER_PAIR = Number(process.env.BENCH_PER_PAIR ?? 50);
const ORIGIN = 'http://127.0.0.1';

const open = (url: string, options: Parameters<typeof connect>[1]) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...options });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

async function ackData<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = await socket.emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code}`);
  return ack.data as T;
}

async function fullStack(): Promise<{ result: Result; close(): Promise<void> }> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('Set MONGODB_URI (see README, Development) to run the benchmark.');
  const mongo = await connectMongo(uri, `bench_${Date.now()}`);
  // The per-socket flood limit is lifted: a benchmark client sends faster than any person.
  const app = await createApp({
    mongo,
    logger: createLogger('silent'),
    serveFrontEnds: false,
    settings: { env: 'test', socketRateLimit: { perSecond: 1e6, burst: 1e6 } },
  });
  const url = `http://127.0.0.1:${await app.listen(0)}`;
  // The agent app connects only from the server's own origin, known once the port is.
  app.context.settings.publicOrigins = [url];
  const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
  await app.models.Office.create({
    code: '5102',
    name: 'Bench',
    timeZone: 'Asia/Makassar',
    serviceHours: allWeek,
    maxChatsPerOfficer: 1,
  });

  const sockets: Socket[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const officer = await app.models.Officer.create({
      name: `Bench ${i}`,
      email: `bench${i}@bps.go.id`,
      passwordHash: 'unused',
      offices: ['5102'],
      status: 'online',
    });
    const cookie = `pst_session=${await createSession(app.context, String(officer._id))}`;
    const agent = await open(`${url}/agent`, { extraHeaders: { cookie, origin: url } });
    await ackData(agent, 'inbox:sync', {});
    const visitor = await open(`${url}/visitor`, { auth: { officeCode: '5102' }, extraHeaders: { origin: ORIGIN } });
    await ackData(visitor, 'visitor:register', {
      guestBook: {
        name: `Pengunjung ${i}`,
        email: `v${i}@example.ac.id`,
        phone: '0812345678',
        institution: 'Bench',
        occupation: 'Bench',
        purpose: 'data',
        consent: true,
        consentVersion: CONSENT_VERSION,
      },
    });
    const { conversation } = await ackData<{ conversation: { id: string } }>(visitor, 'conversation:start', {
      question: 'Bench',
      clientMsgId: randomUUID(),
    });
    sockets.push(agent, visitor);
    pairs.push({
      officer: agent,
      send: (text) =>
        ackData(visitor, 'message:send', { conversationId: conversation.id, clientMsgId: randomUUID(), text }),
    });
  }
  const result = await measure(pairs);
  return {
    result,
    close: async () => {
      for (const socket of sockets) socket.disconnect();
      await app.close();
      await mongo.dropDatabase();
      await mongo.close();
    },
  };
}

async function rawRelay(): Promise<{ result: Result; close(): Promise<void> }> {
  const relay = await startRawRelay();
  const sockets: Socket[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const conversationId = `c${i}`;
    const officer = await open(`${relay.url}/agent`, { auth: { conversationId } });
    const visitor = await open(`${relay.url}/visitor`, {});
    sockets.push(officer, visitor);
    pairs.push({ officer, send: (text) => ackData(visitor, 'message:send', { conversationId, text }) });
  }
  const result = await measure(pairs);
  return {
    result,
    close: async () => {
      for (const socket of sockets) socket.disconnect();
      await relay.close();
    },
  };
}

async function measure(pairs: Pair[]): Promise<Result> {
  const first = pairs[0];
  if (!first) throw new Error('no pairs');
  await latency(first, 20); // warm-up
  const { p50, p99 } = await latency(first, LATENCY_MESSAGES);
  return { p50, p99, throughput: await throughput(pairs, PER_PAIR) };
}

const raw = await rawRelay();
await raw.close();
const full = await fullStack();
await full.close();
const database = await rawDriver(process.env.MONGODB_URI ?? '', LATENCY_MESSAGES, PAIRS);

const ms = (value: number) => `${value.toFixed(2)} ms`;
const rows = [
  ['', 'raw relay', 'full stack', 'full / raw', 'raw driver: store only', 'full / driver'],
  ...(['p50', 'p99'] as const).map((p) => [
    `latency ${p}`,
    ms(raw.result[p]),
    ms(full.result[p]),
    `${(full.result[p] / raw.result[p]).toFixed(1)}×`,
    ms(database[p]),
    `${(full.result[p] / database[p]).toFixed(1)}×`,
  ]),
  [
    'throughput',
    `${raw.result.throughput.toFixed(0)} msg/s`,
    `${full.result.throughput.toFixed(0)} msg/s`,
    `${(full.result.throughput / raw.result.throughput).toFixed(3)}×`,
    `${database.throughput.toFixed(0)} msg/s`,
    `${(full.result.throughput / database.throughput).toFixed(2)}×`,
  ],
];
const table = rows.map((row) => `| ${row.join(' | ')} |`);
table.splice(1, 0, '|---|---|---|---|---|---|');
const report = [
  `# Message benchmark`,
  '',
  `Run: ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores · ` +
    `database ${process.env.MONGODB_URI?.replace(/\/\/[^@]*@/, '//')} · ` +
    `${LATENCY_MESSAGES} latency messages, ${PAIRS} visitor–officer pairs × ${PER_PAIR} messages for throughput ` +
    '(each pair sends its next message when the previous one is acknowledged; flood limit lifted).',
  'Command: `MONGODB_URI=… pnpm bench` (after `pnpm build`); one run, on a shared machine: compare ratios, not times.',
  '',
  ...table,
  '',
].join('\n');
console.log(report);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
writeFileSync(out, report);
console.log(`Written to ${out}`);
process.exit(0);
