// `pnpm --filter @pst/server bench:host-page` (after `pnpm build`): what the widget costs an office's website
// before anyone clicks, in Chromium (playwright-core, CHROMIUM_PATH), against the same page without it and
// with an inline bubble drawn by the page itself; then the time from a click to a usable chat. Needs
// MONGODB_URI. Each page view is a fresh browser context (cold cache); the variants take turns.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { connectMongo } from '../src/store/connect.ts';
import { percentile } from './measure.ts';
import { writeSection } from './results-file.ts';

const RUNS = Number(process.env.BENCH_HOST_RUNS ?? 7);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('Set MONGODB_URI (see README, Development) to run the benchmark.');

type Variant = 'plain' | 'inline bubble' | 'widget';

/** An office's page: the same content for each variant, with what the variant adds before `</body>`. */
function hostPage(variant: Variant, chatUrl: string): string {
  const added = {
    plain: '',
    // What a page could draw itself with no chat product: a fixed button linking to the chat.
    'inline bubble': `<a id="chat" href="${chatUrl}/demo/5102" aria-label="Chat PST">Chat</a>
<script>
  const chat = document.getElementById('chat');
  Object.assign(chat.style, { position: 'fixed', right: '16px', bottom: '16px', width: '56px', height: '56px',
    borderRadius: '50%', background: '#0b4f8a', color: '#fff', display: 'grid', placeItems: 'center' });
  chat.addEventListener('click', () => chat.setAttribute('aria-busy', 'true'));
</script>`,
    widget: `<script src="${chatUrl}/widget.js" data-office="5102" async></script>`,
  }[variant];
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>BPS Kabupaten Tabanan</title>
<style>body { margin: 0; font-family: Georgia, serif; } main { max-width: 48rem; margin: 2rem auto; }</style>
</head><body><main><h1>BPS Kabupaten Tabanan</h1><p>Berita Resmi Statistik, tabel dinamis dan publikasi.</p></main>
${added}
</body></html>`;
}

interface View {
  bytes: number;
  requests: number;
  scriptMs: number;
  taskMs: number;
}

/** Loads the page in a fresh context and counts, up to network idle, what crossed the wire and ran. */
async function view(browser: Browser, url: string): Promise<{ page: Page; view: View; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle' });
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
  return {
    page,
    view: { bytes, requests, scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration') },
    close: () => context.close(),
  };
}

/** From the click on the bubble to the chat window shown in its frame. */
async function clickToUsable(page: Page): Promise<number> {
  const bubble = page.getByTestId('chat-bubble');
  await bubble.waitFor();
  const start = performance.now();
  await bubble.click();
  await page.frameLocator('pst-livechat iframe').getByTestId('chat-window').waitFor();
  return performance.now() - start;
}

const mongo = await connectMongo(uri, `bench_host_${Date.now()}`);
const app = await createApp({ mongo, logger: createLogger('silent'), settings: { env: 'test' } });
const chatUrl = `http://127.0.0.1:${await app.listen(0)}`;
app.context.settings.publicOrigins = [chatUrl];
const host = createServer((req, res) => {
  const variant = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname.slice(1)) as Variant;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(variant, chatUrl));
});
await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
await app.models.Office.create({
  code: '5102',
  name: 'BPS Kabupaten Tabanan',
  timeZone: 'Asia/Makassar',
  serviceHours: allWeek,
  allowedOrigins: [hostUrl],
});

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const variants: Variant[] = ['plain', 'inline bubble', 'widget'];
const views = new Map<Variant, View[]>(variants.map((variant) => [variant, []]));
const clicks: number[] = [];
const fastClicks: number[] = [];
// A warm-up view of each: the server's and browser's first requests are not a visitor's.
for (const variant of variants) await (await view(browser, `${hostUrl}/${variant}`)).close();
for (let run = 0; run < RUNS; run++) {
  for (const variant of variants) {
    const loaded = await view(browser, `${hostUrl}/${encodeURIComponent(variant)}`);
    views.get(variant)?.push(loaded.view);
    if (variant === 'widget') clicks.push(await clickToUsable(loaded.page));
    await loaded.close();
  }
  // The same click on an emulated fast network (40 ms round trip, 10 Mbit/s down, 5 up), cold cache.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (10e6 / 8) | 0,
    uploadThroughput: (5e6 / 8) | 0,
  });
  await page.goto(`${hostUrl}/widget`, { waitUntil: 'networkidle' });
  fastClicks.push(await clickToUsable(page));
  await context.close();
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const of = (variant: Variant, key: keyof View) => median((views.get(variant) ?? []).map((entry) => entry[key]));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows = variants.map(
  (variant) =>
    `| ${variant} | ${kb(of(variant, 'bytes'))} | ${of(variant, 'requests')} | ${ms(of(variant, 'scriptMs'))} | ${ms(of(variant, 'taskMs'))} |`,
);
const report = [
  `Run: ${new Date().toISOString()} · Chromium (${executablePath}), headless · ${RUNS} cold views of each page, ` +
    `taking turns, medians · load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}.`,
  'Command: `MONGODB_URI=… CHROMIUM_PATH=/usr/bin/chromium pnpm --filter @pst/server bench:host-page` (after `pnpm build`).',
  'Before interaction = until the network has been idle 500 ms after load. Bytes: everything received, headers',
  'included (the server sends brotli). Script: main-thread script time (CDP `ScriptDuration`); task: all main-thread work.',
  '',
  '| page | bytes before interaction | requests | script | main-thread tasks |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  `| added by the widget | over the plain page | over the inline bubble |`,
  '|---|---|---|',
  `| bytes | ${kb(of('widget', 'bytes') - of('plain', 'bytes'))} | ${kb(of('widget', 'bytes') - of('inline bubble', 'bytes'))} |`,
  `| requests | ${of('widget', 'requests') - of('plain', 'requests')} | ${of('widget', 'requests') - of('inline bubble', 'requests')} |`,
  `| script | ${ms(of('widget', 'scriptMs') - of('plain', 'scriptMs'))} | ${ms(of('widget', 'scriptMs') - of('inline bubble', 'scriptMs'))} |`,
  '',
  `Click to a usable chat (bubble click until the chat window shows in its frame), median of ${RUNS}: ` +
    `${ms(median(clicks))} on 127.0.0.1 (max ${ms(Math.max(...clicks))}); ${ms(median(fastClicks))} on an emulated ` +
    `fast network, 40 ms round trip, 10 Mbit/s (max ${ms(Math.max(...fastClicks))}).`,
].join('\n');
console.log(report);
writeSection('Host page', report);
await browser.close();
await app.close();
host.close();
await mongo.dropDatabase();
await mongo.close();
process.exit(0);
