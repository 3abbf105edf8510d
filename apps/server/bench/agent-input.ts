// `pnpm --filter @pst/server bench:agent-input` (after `pnpm build`): how long the officers' app takes from a
// key press in the reply box to the next paint (Event Timing API, Chromium via playwright-core) while the
// officer's 30 chats receive messages, against the same typing with no messages in the same run. Needs
// MONGODB_URI; CHROMIUM_PATH for the browser; BENCH_AGENT_PROFILE=file.cpuprofile saves the page's CPU profile. Bounded: a fixed number of key presses per phase.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { CONSENT_VERSION } from '@pst/protocol';
import { chromium, type Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { createSession } from '../src/domain/auth/sessions.ts';
import { connectMongo } from '../src/store/connect.ts';
import { percentile } from './measure.ts';
import { writeSection } from './results-file.ts';

const CHATS = Number(process.env.BENCH_AGENT_CHATS ?? 30);
const RATE = Number(process.env.BENCH_AGENT_RATE ?? 26);
const KEYS = Number(process.env.BENCH_AGENT_KEYS ?? 150);
const KEY_DELAY_MS = 40;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

interface Typed {
  /** Per key press: from the press (event time stamp) to just after the next frame's main-thread work. */
  frame: number[];
  /** Per key press: the Event Timing API's duration (to the frame's presentation); under 16 ms counts as 0. */
  presented: number[];
}

/** Types `KEYS` characters into the reply box and measures each key press both ways. */
async function typeAndMeasure(page: Page): Promise<Typed> {
  await page.evaluate(() => {
    type Store = { frame: number[]; presented: Map<number, number> };
    const store = { frame: [], presented: new Map() } as Store;
    (globalThis as unknown as { typed: Store }).typed = store;
    const scope = globalThis as unknown as {
      document: {
        addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
      };
      requestAnimationFrame(callback: () => void): void;
    };
    // Before the app's own handlers (capture): the frame that follows has run their rendering.
    scope.document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        scope.requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.addEventListener('message', () => store.frame.push(performance.now() - start));
          channel.port1.start();
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { interactionId: number; duration: number }[]) {
        if (!entry.interactionId) continue;
        store.presented.set(
          entry.interactionId,
          Math.max(store.presented.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
      // 16 ms is the smallest threshold the API allows; faster interactions are not reported.
    }).observe({ type: 'event', durationThreshold: 16 } as never);
  });
  const box = page.getByTestId('reply-input');
  await box.click();
  for (let i = 0; i < KEYS; i++) await box.press(i % 12 === 11 ? 'Space' : 'a', { delay: KEY_DELAY_MS });
  await page.waitForTimeout(500);
  const { frame, presented } = await page.evaluate(() => {
    const store = (globalThis as unknown as { typed: { frame: number[]; presented: Map<number, number> } }).typed;
    return { frame: store.frame, presented: [...store.presented.values()] };
  });
  await box.fill('');
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    frame: sorted(frame),
    presented: sorted([...presented, ...Array.from({ length: Math.max(0, KEYS - presented.length) }, () => 0)]),
  };
}

const mongo = await connectMongo(uri, `bench_agent_${Date.now()}`);
const app = await createApp({
  mongo,
  logger: createLogger('silent'),
  settings: { env: 'test', socketRateLimit: { perSecond: 1e6, burst: 1e6 } },
});
const url = `http://127.0.0.1:${await app.listen(0)}`;
app.context.settings.publicOrigins = [url];
const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
await app.models.Office.create({
  code: '5102',
  name: 'Bench',
  timeZone: 'Asia/Makassar',
  serviceHours: allWeek,
  routingMode: 'auto',
  maxChatsPerOfficer: Math.max(CHATS, 1),
});
const officer = await app.models.Officer.create({
  name: 'Putu Bench',
  email: 'bench@bps.go.id',
  passwordHash: 'unused',
  offices: ['5102'],
  status: 'online',
});
const session = await createSession(app.context, String(officer._id));

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addCookies([{ name: 'pst_session', value: session, url }]);
const page = await context.newPage();
await page.goto(`${url}/agent/`);
const toggle = page.getByTestId('presence-toggle');
await toggle.waitFor();
if ((await toggle.getAttribute('data-status')) !== 'online') await toggle.click();
await page.locator('[data-testid="presence-toggle"][data-status="online"]').waitFor();

const visitors: { socket: Socket; conversationId: string }[] = [];
for (let i = 0; i < CHATS; i++) {
  // Each visitor from an address of its own, as behind the proxy.
  const socket = await open(`${url}/visitor`, {
    auth: { officeCode: '5102' },
    extraHeaders: { origin: url, 'x-forwarded-for': `10.0.0.${i + 1}` },
  });
  await ackData(socket, 'visitor:register', {
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
  const { conversation } = await ackData<{ conversation: { id: string } }>(socket, 'conversation:start', {
    question: `Pertanyaan ${i}`,
    clientMsgId: randomUUID(),
  });
  visitors.push({ socket, conversationId: conversation.id });
}
await page.waitForFunction(
  (count) =>
    (
      globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }
    ).document.querySelectorAll('[data-testid="conversation-item"]').length >= count,
  Math.min(CHATS, 50),
);
await page.getByTestId('conversation-item').first().click();
await page.getByTestId('reply-input').waitFor();

// The same typing, first with no messages arriving, then while the chats receive `RATE` messages a second.
await typeAndMeasure(page); // warm-up
const idle = await typeAndMeasure(page);
let sent = 0;
const load = setInterval(() => {
  const visitor = visitors[sent++ % visitors.length];
  if (!visitor) return;
  visitor.socket
    .emitWithAck('message:send', {
      conversationId: visitor.conversationId,
      clientMsgId: randomUUID(),
      text: `Pesan ${sent}`,
    })
    .catch(() => {});
}, 1000 / RATE);
const start = performance.now();
const profiler = process.env.BENCH_AGENT_PROFILE ? await context.newCDPSession(page) : undefined;
if (profiler) {
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.start');
}
if (process.env.BENCH_AGENT_TRACE) await browser.startTracing(page, { screenshots: false });
const busy = await typeAndMeasure(page);
if (process.env.BENCH_AGENT_TRACE) writeFileSync(process.env.BENCH_AGENT_TRACE, await browser.stopTracing());
if (profiler) {
  const { profile } = await profiler.send('Profiler.stop');
  writeFileSync(process.env.BENCH_AGENT_PROFILE as string, JSON.stringify(profile));
}
clearInterval(load);
const rate = sent / ((performance.now() - start) / 1000);

const ms = (value: number) => `${value.toFixed(0)} ms`;
const row = (label: string, p: number, key: keyof Typed) =>
  `| ${label} | ${ms(percentile(idle[key], p))} | ${ms(percentile(busy[key], p))} | ${
    percentile(idle[key], p) > 0 ? `${(percentile(busy[key], p) / percentile(idle[key], p)).toFixed(1)}×` : '–'
  } |`;
const report = [
  `Run: ${new Date().toISOString()} · Chromium (${executablePath}), headless, 1280×800 · load average ` +
    `${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}.`,
  'Command: `MONGODB_URI=… CHROMIUM_PATH=/usr/bin/chromium pnpm --filter @pst/server bench:agent-input` (after `pnpm build`).',
  `An officer with ${CHATS} active chats, one open, types ${KEYS} keys (${KEY_DELAY_MS} ms apart) in the reply box, ` +
    `first with no messages arriving, then while the chats receive ${rate.toFixed(1)} msg/s. Input to paint per key ` +
    'press: from its event time stamp to just after the next frame’s main-thread work (style, layout, paint), and ' +
    'the Event Timing API’s duration to the presented frame (under 16 ms is not reported and counts as 0).',
  '',
  '|  | no messages | messages arriving | arriving / none |',
  '|---|---|---|---|',
  row('to the next frame, p50', 0.5, 'frame'),
  row('to the next frame, p98', 0.98, 'frame'),
  row('Event Timing, p50', 0.5, 'presented'),
  row('Event Timing, p98', 0.98, 'presented'),
  '',
  'Goal: p98 ≤ 100 ms with messages arriving.',
].join('\n');
console.log(report);
writeSection('Agent app: input to paint', report);
for (const visitor of visitors) visitor.socket.disconnect();
await browser.close();
await app.close();
await mongo.dropDatabase();
await mongo.close();
process.exit(0);
