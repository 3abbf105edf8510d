// Tap-to-ready on a throttled phone network: from the visitor's tap on the bubble until the guest book can be
// filled and the widget is connected. Chromium's "Slow 3G" preset through CDP (Network.emulateNetworkConditions).
//   pnpm build && MONGODB_URI=… pnpm --filter @pst/server exec tsx bench/tap-to-ready.ts
import { chromium } from 'playwright-core';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { seedIfEmpty } from '../src/domain/offices/seed.ts';
import { connectMongo } from '../src/store/connect.ts';
import { settableClock } from '../src/time/clock.ts';

/** DevTools' "Slow 3G": 400 ms × 5 latency, 500 kbit/s × 0.8 each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const RUNS = Number(process.env.RUNS ?? 3);

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('Set MONGODB_URI (see README, Development).');
const mongo = await connectMongo(uri, `tap_to_ready_${Date.now()}`);
const app = await createApp({
  mongo,
  logger: createLogger('silent'),
  clock: settableClock(new Date('2026-11-23T02:00:00Z')), // Monday 10:00 WITA: the desk is open.
  settings: { env: 'test' },
});
const url = `http://127.0.0.1:${await app.listen(0)}`;
app.context.settings.publicOrigins = [url];
await seedIfEmpty(app.context);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const samples: { bubble: number; tapToForm: number; tapToReady: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const started = performance.now();
  await page.goto(`${url}/demo/5102`, { timeout: 120_000 });
  const bubble = page.getByTestId('chat-bubble');
  // The bubble knows the office's state (open, away, closed): what a visitor sees before tapping.
  await bubble.waitFor({ timeout: 120_000 });
  while (!/^[123]$/.test((await bubble.getAttribute('data-s')) ?? '')) await page.waitForTimeout(50);
  const bubbleShown = performance.now() - started;
  const tapped = performance.now();
  await bubble.tap();
  const chat = page.frameLocator('pst-livechat iframe');
  await chat.getByTestId('guestbook-name').waitFor({ timeout: 120_000 });
  const tapToForm = performance.now() - tapped;
  await chat.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 120_000 });
  samples.push({ bubble: bubbleShown, tapToForm, tapToReady: performance.now() - tapped });
  await context.close();
}
await browser.close();
await app.close();
await mongo.dropDatabase();
await mongo.close();

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `Slow 3G, 390x844, median of ${RUNS}: page to bubble ${seconds(median(samples.map((s) => s.bubble)))}, ` +
    `tap to guest book ${seconds(median(samples.map((s) => s.tapToForm)))}, ` +
    `tap to ready (guest book shown and connected) ${seconds(median(samples.map((s) => s.tapToReady)))}`,
);
console.log(samples.map((s) => `${seconds(s.bubble)} / ${seconds(s.tapToForm)} / ${seconds(s.tapToReady)}`).join(', '));
