// `pnpm bench`, second part: recovery after a server node is killed. Two server processes share MongoDB and
// Redis; each chat's visitor is connected to node A, its officer to node B, and the officers send steadily.
// Node A is killed (SIGKILL) and started again, round after round. Measured per visitor and round: from node A's
// /readyz answering 200 to the visitor holding every message its officer had stored by then. Baseline, in the
// same rounds: a fresh widget of the same visitor opened at that moment (no reconnect backoff to wait out),
// catching up from the same place. Needs MONGODB_URI and REDIS_URL; bounded, stops by itself.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSENT_VERSION } from '@pst/protocol';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { createSession } from '../src/domain/auth/sessions.ts';
import { connectMongo } from '../src/store/connect.ts';
import { catchingUpVisitor } from './catching-up-visitor.ts';
import { nodeProcess } from './node-process.ts';

const CHATS = Number(process.env.BENCH_RECOVERY_CHATS ?? 5);
const RATE = Number(process.env.BENCH_RECOVERY_RATE ?? 10);
const ROUNDS = Number(process.env.BENCH_RECOVERY_ROUNDS ?? 6);
const DOWN_MS = Number(process.env.BENCH_RECOVERY_DOWN_MS ?? 2_000);
const CATCH_UP_LIMIT_MS = 30_000;
const OFFICE = '9998';

const mongoUri = process.env.MONGODB_URI;
const redisUrl = process.env.REDIS_URL;
if (!mongoUri || !redisUrl) {
  console.log('Recovery benchmark skipped: it needs MONGODB_URI and REDIS_URL (two nodes).');
  process.exit(0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const open = (url: string, options: Parameters<typeof connect>[1]) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...options });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
async function ackData<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = await socket.timeout(10_000).emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code}`);
  return ack.data as T;
}
const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
};

// --- setup: the data, through an app that never listens, on a database of this run's own ---
const database = `bench_recovery_${Date.now()}`;
const mongo = await connectMongo(mongoUri, database);
const setup = await createApp({ mongo, logger: createLogger('silent'), serveFrontEnds: false });
const [portA, portB] = [await freePort(), await freePort()];
const env = {
  MONGODB_URI: mongoUri,
  MONGODB_DB: database,
  REDIS_URL: redisUrl,
  PUBLIC_URL: `http://127.0.0.1:${portA},http://127.0.0.1:${portB}`,
};
const nodeA = nodeProcess(portA, env);
const nodeB = nodeProcess(portB, env);
const origin = nodeA.url;
await setup.models.Office.create({
  code: OFFICE,
  name: 'Bench recovery',
  timeZone: 'Asia/Makassar',
  serviceHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' })),
  routingMode: 'auto',
  maxChatsPerOfficer: 1,
  allowedOrigins: [origin],
});
await Promise.all([nodeA.start(), nodeB.start()]);

const officers: Socket[] = [];
for (let i = 0; i < CHATS; i++) {
  const officer = await setup.models.Officer.create({
    name: `Bench ${i}`,
    email: `recovery${i}@bps.go.id`,
    passwordHash: 'unused',
    offices: [OFFICE],
    status: 'online',
  });
  const cookie = `pst_session=${await createSession(setup.context, String(officer._id))}`;
  const tab = await open(`${nodeB.url}/agent`, { extraHeaders: { cookie, origin: nodeB.url } });
  await ackData(tab, 'inbox:sync', {});
  officers.push(tab);
}

interface Chat {
  conversationId: string;
  token: string;
  officer: Socket;
  visitor: ReturnType<typeof catchingUpVisitor>;
  /** The highest seq its officer has had acknowledged. */
  stored: number;
}
const chats: Chat[] = [];
for (let i = 0; i < CHATS; i++) {
  const socket = await open(`${nodeA.url}/visitor`, { auth: { officeCode: OFFICE }, extraHeaders: { origin } });
  const { token } = await ackData<{ token: string }>(socket, 'visitor:register', {
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
  const { conversation } = await ackData<{ conversation: { id: string; officerId?: string } }>(
    socket,
    'conversation:start',
    { question: `Bench ${i}`, clientMsgId: randomUUID() },
  );
  socket.disconnect();
  const visitor = catchingUpVisitor(nodeA.url, origin, { officeCode: OFFICE, token }, conversation.id);
  visitor.start(0);
  chats.push({ conversationId: conversation.id, token, officer: officers[0] as Socket, visitor, stored: 0 });
}
// Each officer holds one chat (auto routing, one chat each): find whose.
for (const officer of officers) {
  const inbox = await ackData<{ mine: { id: string; lastSeq: number }[] }>(officer, 'inbox:sync', {});
  for (const line of inbox.mine) {
    const chat = chats.find((candidate) => candidate.conversationId === line.id);
    if (chat) Object.assign(chat, { officer, stored: line.lastSeq });
  }
}

// --- steady load: the officers answer in turn, RATE messages a second in all ---
let sent = 0;
let refused = 0;
let next = 0;
const load = setInterval(() => {
  const chat = chats[next++ % chats.length] as Chat;
  sent++;
  chat.officer
    .timeout(10_000)
    .emitWithAck('message:send', { conversationId: chat.conversationId, clientMsgId: randomUUID(), text: `m${sent}` })
    .then(
      (ack: { ok: boolean; data?: { seq: number } }) => {
        if (ack.ok && ack.data) chat.stored = Math.max(chat.stored, ack.data.seq);
        else refused++;
      },
      () => refused++,
    );
}, 1000 / RATE);

const recovering: number[] = [];
const baseline: number[] = [];
let unrecovered = 0;
await sleep(2_000);
for (let round = 1; round <= ROUNDS; round++) {
  const heldAtKill = chats.map((chat) => chat.visitor.seq);
  await nodeA.kill();
  await sleep(DOWN_MS);
  const ready = await nodeA.start();
  const targets = chats.map((chat) => chat.stored);
  const fresh = chats.map((chat, i) => {
    const client = catchingUpVisitor(nodeA.url, origin, { officeCode: OFFICE, token: chat.token }, chat.conversationId);
    client.start(heldAtKill[i] ?? 0);
    return client;
  });
  const within = async (caught: Promise<number>, into: number[]) => {
    const at = await Promise.race([caught, sleep(CATCH_UP_LIMIT_MS).then(() => undefined)]);
    if (at === undefined) unrecovered++;
    else into.push(at - ready);
  };
  await Promise.all(
    chats.flatMap((chat, i) => [
      within(chat.visitor.caughtUp(targets[i] ?? 0), recovering),
      within((fresh[i] as (typeof fresh)[number]).caughtUp(targets[i] ?? 0), baseline),
    ]),
  );
  for (const client of fresh) client.close();
  console.log(`round ${round}/${ROUNDS}: recovering p95 so far ${percentile(recovering, 0.95).toFixed(0)} ms`);
  await sleep(2_000);
}
clearInterval(load);

// --- report ---
const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
const row = (name: string, samples: number[]) =>
  `| ${name} | ${ms(percentile(samples, 0.5))} | ${ms(percentile(samples, 0.95))} | ${ms(Math.max(...samples))} |`;
const report = [
  '# Recovery benchmark',
  '',
  `Run: ${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores · ` +
    `database ${mongoUri.replace(/\/\/[^@]*@/, '//')} · two node processes through Redis · ${CHATS} chats ` +
    `(visitors on node A, officers on node B) · officers send ${RATE} msg/s in all · ${ROUNDS} rounds: node A ` +
    `killed (SIGKILL), down ${DOWN_MS / 1000} s, started again.`,
  '',
  'Time from node A answering `/readyz` 200 to a visitor holding every message its officer had stored by then',
  `(${recovering.length} samples; goal: p95 ≤ 5 s):`,
  '',
  '|  | p50 | p95 | max |',
  '|---|---|---|---|',
  row("visitors of the killed node (the client layer's own reconnect)", recovering),
  row('baseline: a fresh widget of the same visitor opened at that moment', baseline),
  '',
  `p95 over baseline: ${ms(percentile(recovering, 0.95) - percentile(baseline, 0.95))}. ` +
    `Not caught up within ${CATCH_UP_LIMIT_MS / 1000} s: ${unrecovered}. ` +
    `Officer sends (on node B, never killed): ${sent}, not acknowledged: ${refused}.`,
  '',
].join('\n');
console.log(report);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recovery-results.md');
writeFileSync(out, report);
console.log(`Written to ${out}`);

for (const chat of chats) chat.visitor.close();
for (const officer of officers) officer.disconnect();
await Promise.all([nodeA.kill(), nodeB.kill()]);
await setup.close();
await mongo.dropDatabase();
await mongo.close();
process.exit(0);
