// `pnpm --filter @pst/server bench:reports`: the evaluation report's cost at scale. The month report of one office
// with 20,000 conversations and the year report of all five offices with 100,000, time and heap, beside simply
// reading the same conversations with the raw driver in the same run. Needs MONGODB_URI; writes to a throwaway
// database it drops. Sizes: BENCH_REPORT_MONTH (20000), BENCH_REPORT_YEAR (100000).
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { buildReport } from '../src/domain/reports/report.service.ts';
import { connectMongo } from '../src/store/connect.ts';
import { settableClock } from '../src/time/clock.ts';

const MONTH_SIZE = Number(process.env.BENCH_REPORT_MONTH ?? 20_000);
const YEAR_SIZE = Number(process.env.BENCH_REPORT_YEAR ?? 100_000);
const OFFICES = ['5100', '5102', '5108', '7406', '7604'];
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('Set MONGODB_URI (see README, Development) to run the benchmark.');

const mongo = await connectMongo(uri, `bench_reports_${randomBytes(4).toString('hex')}`);
const app = await createApp({
  mongo,
  logger: createLogger('silent'),
  clock: settableClock(new Date('2027-01-05T02:00:00Z')),
  settings: { env: 'test' },
  serveFrontEnds: false,
});
const { Office, Conversation } = app.models;
for (const code of OFFICES) {
  await Office.create({ code, name: `BPS ${code}`, timeZone: 'Asia/Makassar', serviceHours: [] });
}

/** A closed, rated conversation with its metrics stored, as `closeConversation` leaves it. */
function conversation(office: string, month: string, i: number) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const createdAt = new Date(`${month}-${day}T0${i % 8}:00:00Z`);
  const closedAt = new Date(createdAt.getTime() + 3_600_000);
  return {
    office,
    visitor: new Types.ObjectId(),
    visitorCard: {
      name: `Pengunjung ${i}`,
      institution: 'Universitas',
      purpose: (['data', 'metadata', 'klasifikasi', 'lainnya'] as const)[i % 4],
    },
    status: 'closed',
    offline: i % 5 === 0,
    officer: new Types.ObjectId(`a000000000000000000000${String(i % 10).padStart(2, '0')}`),
    officerName: `Petugas ${i % 10}`,
    question: 'Mohon data',
    createdAt,
    queuedAt: createdAt,
    assignedAt: new Date(createdAt.getTime() + 60_000),
    firstOfficerReplyAt: new Date(createdAt.getTime() + 120_000),
    closedAt,
    closeReason: i % 13 === 0 ? 'inactive' : 'resolved',
    topic: 'data',
    dueAt: new Date(createdAt.getTime() + 3 * 86_400_000),
    localMonth: month,
    rating: i % 3 === 0 ? { score: (i % 5) + 1, at: closedAt } : undefined,
    metrics: {
      startedLive: i % 5 !== 0,
      abandoned: false,
      firstResponseMinutes: i % 60,
      resolutionMinutes: 60 + (i % 120),
      queueWaitSeconds: 60,
      deadline: i % 17 === 0 ? 'missed' : 'met',
    },
  };
}

async function insert(docs: ReturnType<typeof conversation>[]) {
  for (let i = 0; i < docs.length; i += 1000) await Conversation.insertMany(docs.slice(i, i + 1000), { lean: true });
}

const started = Date.now();
const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
await insert(Array.from({ length: MONTH_SIZE }, (_, i) => conversation('5102', '2026-11', i)));
const rest = YEAR_SIZE - MONTH_SIZE;
await insert(
  Array.from({ length: rest }, (_, i) => conversation(OFFICES[i % 5] as string, months[i % 12] as string, i)),
);
console.log(`Inserted ${YEAR_SIZE} conversations in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

/** Best time of three after a warm-up. */
async function bestTime(run: () => Promise<unknown>) {
  await run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    await run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const liveHeap = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed;
};

/** The result of the run being measured, held until its heap is read. */
const held: { result?: unknown } = {};

/** Peak live heap growth of one run: collected and sampled every 100 ms, and once more before its result is let go. */
async function peakHeapMb(run: () => Promise<unknown>) {
  const before = liveHeap();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, liveHeap());
  }, 100);
  held.result = await run();
  clearInterval(sampler);
  peak = Math.max(peak, liveHeap());
  held.result = undefined;
  return (peak - before) / 1024 / 1024;
}

/** Time and memory, measured in separate calls so no frame of the timing rounds keeps a result alive. */
async function measure(run: () => Promise<unknown>) {
  const ms = await bestTime(run);
  return { ms, heapMb: await peakHeapMb(run) };
}

if (!global.gc) throw new Error('Run with node --expose-gc (the package script does).');
if (!mongo.db) throw new Error('no database');
const raw = mongo.db.collection('conversations');

/** Every conversation of these offices and months into memory, by the same equality queries the report sends. */
async function rawRead(offices: string[], monthsRead: string[]) {
  const all = [];
  for (const office of offices)
    for (const localMonth of monthsRead) all.push(...(await raw.find({ office, localMonth }).toArray()));
  return all;
}
const cases = [
  {
    name: `month report, one office, ${MONTH_SIZE}`,
    report: () => buildReport(app.context, { period: '2026-11', office: '5102' }),
    read: () => rawRead(['5102'], ['2026-11']),
  },
  {
    name: `year report, all offices, ${YEAR_SIZE}`,
    report: () => buildReport(app.context, { period: '2026', office: 'all' }),
    read: () => rawRead(OFFICES, months),
  },
];
console.log('| Case | Report | Raw driver read | Ratio | Report peak live heap | Raw read peak live heap |');
console.log('|---|---|---|---|---|---|');
for (const { name, report, read } of cases) {
  const built = await measure(report);
  const baseline = await measure(read);
  console.log(
    `| ${name} | ${built.ms.toFixed(0)} ms | ${baseline.ms.toFixed(0)} ms | ${(built.ms / baseline.ms).toFixed(2)}× | ${built.heapMb.toFixed(0)} MB | ${baseline.heapMb.toFixed(0)} MB |`,
  );
}

await app.close();
await mongo.dropDatabase();
await mongo.close();
process.exit(0);
