// `pnpm bench`: visitor-to-officer messages through the full stack (validation, storage, fan-out) among 100,
// 10,000 and 100,000 stored conversations, against a raw Socket.IO relay and raw driver writes on the same
// database in the same run. Needs MONGODB_URI. Traffic stays on 127.0.0.1; the run is bounded.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { CONSENT_VERSION } from '@pst/protocol';
import mongoose from 'mongoose';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { createSession } from '../src/domain/auth/sessions.ts';
import { connectMongo } from '../src/store/connect.ts';
import { type Load, latency, maxWithin, median, type Pair, throughput } from './measure.ts';
import { rawDriver } from './raw-driver.ts';
import { startRawRelay } from './raw-relay.ts';
import { writeSection } from './results-file.ts';
import { seedConversations } from './stored-conversations.ts';

const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 200);
const PER_SENDER = Number(process.env.BENCH_PER_PAIR ?? 40);
const SIZES = (process.env.BENCH_SIZES ?? '100,10000,100000').split(',').map(Number);
const SENDERS = (process.env.BENCH_SENDERS ?? '1,4,10').split(',').map(Number);
const P99_LIMIT = 50;
/** Rounds per load level, full stack and driver alternating; the round with the median throughput is kept. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ORIGIN = 'http://127.0.0.1';
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('Set MONGODB_URI (see README, Development) to run the benchmark.');

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

interface Figures {
  p50: number;
  p99: number;
  loads: Load[];
}

async function measure(pairs: Pair[]): Promise<Figures> {
  const first = pairs[0];
  if (!first) throw new Error('no pairs');
  await latency(first, 20); // warm-up
  const { p50, p99 } = await latency(first, LATENCY_MESSAGES);
  const loads: Load[] = [];
  for (const senders of SENDERS) loads.push(await throughput(pairs.slice(0, senders), PER_SENDER));
  return { p50, p99, loads };
}

interface Stack {
  pairs: Pair[];
  conversationIds: string[];
  close(): Promise<void>;
}

/** The full stack on `database`, with one visitor–officer pair per sender, among `size` stored conversations. */
async function fullStack(database: string, size: number): Promise<Stack> {
  const mongo = await connectMongo(uri as string, database);
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
  const conversationIds: string[] = [];
  for (let i = 0; i < Math.max(...SENDERS); i++) {
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
    conversationIds.push(conversation.id);
    pairs.push({
      officer: agent,
      send: (text) =>
        ackData(visitor, 'message:send', { conversationId: conversation.id, clientMsgId: randomUUID(), text }),
    });
  }
  const seeding = performance.now();
  await seedConversations(mongo.getClient().db(database), Math.max(size, 2 * pairs.length));
  console.log(`${size} conversations stored in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  return {
    pairs,
    conversationIds,
    close: async () => {
      for (const socket of sockets) socket.disconnect();
      await app.close();
      await mongo.close();
    },
  };
}

async function rawRelay(): Promise<Figures> {
  const relay = await startRawRelay();
  const sockets: Socket[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < Math.max(...SENDERS); i++) {
    const conversationId = `c${i}`;
    const officer = await open(`${relay.url}/agent`, { auth: { conversationId } });
    const visitor = await open(`${relay.url}/visitor`, {});
    sockets.push(officer, visitor);
    pairs.push({ officer, send: (text) => ackData(visitor, 'message:send', { conversationId, text }) });
  }
  const figures = await measure(pairs);
  for (const socket of sockets) socket.disconnect();
  await relay.close();
  return figures;
}

/**
 * The full stack and the raw driver on the same database and conversations, taking turns at each step
 * (latency, then each load level) so that both see the same moments of a shared machine's load.
 */
async function fullAndDriver(database: string, size: number): Promise<{ full: Figures; driver: Figures }> {
  const stack = await fullStack(database, size);
  const client = await new mongoose.mongo.MongoClient(uri as string, { retryWrites: false }).connect();
  // Stored conversations of the same shape, not the full stack's own: each side keeps its own seq counters.
  const others = await client
    .db(database)
    .collection('conversations')
    .find(
      { _id: { $nin: stack.conversationIds.map((id) => new mongoose.mongo.ObjectId(id)) } },
      { projection: { _id: 1 } },
    )
    .limit(stack.conversationIds.length)
    .toArray();
  const driver = await rawDriver(
    client.db(database),
    others.map((doc) => String(doc._id)),
  );
  const first = stack.pairs[0] as Pair;
  await latency(first, 20); // warm-up
  await driver.latency(20);
  // FerretDB scans (docs/ferretdb.md), so the largest size gets a quarter of the messages to stay bounded.
  const scale = size >= 100_000 ? 0.25 : 1;
  const fullLatency = await latency(first, Math.ceil(LATENCY_MESSAGES * scale));
  const driverLatency = await driver.latency(Math.ceil(LATENCY_MESSAGES * scale));
  const fullLoads: Load[] = [];
  const driverLoads: Load[] = [];
  for (const senders of SENDERS) {
    const full: Load[] = [];
    const raw: Load[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      full.push(await throughput(stack.pairs.slice(0, senders), Math.ceil(PER_SENDER * scale)));
      raw.push(await driver.load(senders, Math.ceil(PER_SENDER * scale)));
    }
    fullLoads.push(median(full));
    driverLoads.push(median(raw));
  }
  await stack.close();
  await client.db(database).dropDatabase();
  await client.close();
  return { full: { ...fullLatency, loads: fullLoads }, driver: { ...driverLatency, loads: driverLoads } };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (value: number) => `${value.toFixed(0)} msg/s`;
const ratio = (full: number, base: number) => (base > 0 ? `${(full / base).toFixed(2)}×` : '–');
const atMost = (figures: Figures) => figures.loads.at(-1) as Load;

function table(size: number, relay: Figures, full: Figures, driver: Figures): string[] {
  const loadsOf = (figures: Figures) =>
    figures.loads.map((load) => `${load.senders}: ${perSecond(load.throughput)}, p99 ${ms(load.p99)}`).join('; ');
  const rows = [
    ['', 'raw relay', 'full stack', 'raw driver (store only)', 'full / relay', 'full / driver'],
    [
      'p50, one message at a time',
      ms(relay.p50),
      ms(full.p50),
      ms(driver.p50),
      ratio(full.p50, relay.p50),
      ratio(full.p50, driver.p50),
    ],
    [
      'p99, one message at a time',
      ms(relay.p99),
      ms(full.p99),
      ms(driver.p99),
      ratio(full.p99, relay.p99),
      ratio(full.p99, driver.p99),
    ],
    [
      `throughput, ${atMost(full).senders} senders`,
      perSecond(atMost(relay).throughput),
      perSecond(atMost(full).throughput),
      perSecond(atMost(driver).throughput),
      ratio(atMost(full).throughput, atMost(relay).throughput),
      ratio(atMost(full).throughput, atMost(driver).throughput),
    ],
    [
      `max msg/s with p99 ≤ ${P99_LIMIT} ms`,
      perSecond(maxWithin(relay.loads, P99_LIMIT)),
      perSecond(maxWithin(full.loads, P99_LIMIT)),
      perSecond(maxWithin(driver.loads, P99_LIMIT)),
      ratio(maxWithin(full.loads, P99_LIMIT), maxWithin(relay.loads, P99_LIMIT)),
      ratio(maxWithin(full.loads, P99_LIMIT), maxWithin(driver.loads, P99_LIMIT)),
    ],
  ];
  const lines = rows.map((row) => `| ${row.join(' | ')} |`);
  lines.splice(1, 0, '|---|---|---|---|---|---|');
  return [
    `## ${size.toLocaleString('en')} stored conversations`,
    '',
    ...lines,
    '',
    `Each load level (senders: msg/s, p99 send-to-ack): full stack ${loadsOf(full)} · raw driver ${loadsOf(driver)} · relay ${loadsOf(relay)}.`,
    '',
  ];
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();
const relay = await rawRelay();
const sections: string[] = [];
for (const size of SIZES) {
  const database = `bench_${size}_${Date.now()}`;
  const { full, driver } = await fullAndDriver(database, size);
  sections.push(...table(size, relay, full, driver));
  console.log(sections.slice(-9).join('\n'));
}
const report = [
  `Run: ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores, load average ${loadBefore} ` +
    `before, ${load()} after · database ${uri.replace(/\/\/[^@]*@/, '//')}.`,
  `One message at a time: ${LATENCY_MESSAGES} messages. Load levels: ${SENDERS.join(', ')} visitor–officer pairs ` +
    `sending ${PER_SENDER} messages each, ${ROUNDS} rounds (median kept) (a quarter of these counts at 100,000), the next when the previous one is acknowledged (flood limit lifted). The raw driver writes the same two operations the store does ` +
    '(insert the message, update its conversation by _id) into the same collections and indexes, on stored ' +
    'conversations of the same shape, taking turns with the full stack at each step.',
  'Command: `MONGODB_URI=… pnpm --filter @pst/server bench:messages` (also the first step of `pnpm bench`); ' +
    'sizes with `BENCH_SIZES=100,10000`. One run on a shared machine: compare ratios, not times.',
  '',
  ...sections,
].join('\n');
writeSection('Message benchmark', report);
console.log('Written to bench/results.md');
process.exit(0);
