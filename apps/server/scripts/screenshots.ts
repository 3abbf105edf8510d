// Regenerates the README's screenshots in Chromium:
//   MONGODB_URI=… pnpm --filter @pst/server screenshots
// A throwaway database, the seeded demo, a clock set inside service hours, a
// visitor and an officer in separate browser contexts. Writes docs/screenshots/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/config/logger.ts';
import { seedIfEmpty } from '../src/domain/offices/seed.ts';
import { demoOfficers } from '../src/domain/offices/seed-data.ts';
import { connectMongo } from '../src/store/connect.ts';
import { settableClock } from '../src/time/clock.ts';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('Set MONGODB_URI (see README, Development).');

const mongo = await connectMongo(uri, `screenshots_${Date.now()}`);
// Monday 23 November 2026, 10:00 WITA: the desk is open.
const app = await createApp({
  mongo,
  logger: createLogger('silent'),
  clock: settableClock(new Date('2026-11-23T02:00:00Z')),
  settings: { env: 'test' },
});
const url = `http://127.0.0.1:${await app.listen(0)}`;
// Our own origin, as index.ts sets it: the agent socket is admitted only from there.
app.context.settings.publicOrigins = [url];
await seedIfEmpty(app.context);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const officer: Page = await (
  await browser.newContext({ viewport: { width: 1280, height: 760 }, timezoneId: 'Asia/Makassar', locale: 'id-ID' })
).newPage();
const account = demoOfficers('5102')[1];
if (!account) throw new Error('no demo officer');
await officer.goto(`${url}/agent/`);
await officer.getByTestId('login-email').fill(account.email);
await officer.getByTestId('login-password').fill(account.password);
await officer.getByTestId('login-submit').click();
await officer.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
await officer.getByTestId('presence-toggle').click();
await officer.locator('[data-testid="presence-toggle"][data-status="online"]').waitFor();

const visitor: Page = await (
  await browser.newContext({ viewport: { width: 1280, height: 760 }, timezoneId: 'Asia/Makassar', locale: 'id-ID' })
).newPage();
await visitor.goto(`${url}/demo/5102`);
await visitor.getByTestId('chat-bubble').click();
const chat = visitor.frameLocator('pst-livechat iframe');
await chat.getByTestId('guestbook-name').fill('Made Wirawan');
await chat.getByTestId('guestbook-email').fill('made.wirawan@example.ac.id');
await chat.getByTestId('guestbook-phone').fill('081234567890');
await chat.getByTestId('guestbook-institution').fill('Universitas Udayana');
await chat.getByTestId('guestbook-occupation').fill('Mahasiswa');
await chat.getByTestId('guestbook-purpose').selectOption('data');
await chat.getByTestId('guestbook-question').fill('Berapa jumlah penduduk Kabupaten Tabanan tahun 2025?');
await chat.getByTestId('guestbook-consent').check();
await chat.getByTestId('guestbook-submit').click();

await officer.getByTestId('accept-chat').first().click();
await officer
  .getByTestId('reply-input')
  .fill(
    'Selamat pagi! Jumlah penduduk Tabanan 2025 adalah 476,8 ribu jiwa. Tabelnya ada di https://tabanankab.bps.go.id',
  );
await officer.getByTestId('reply-send').click();
await chat.locator('[data-testid="message"][data-author="officer"]').waitFor();
await chat.getByTestId('message-input').fill('Terima kasih! Apakah ada data per kecamatan?');
await chat.getByTestId('message-send').click();
await officer.locator('[data-testid="message"][data-author="visitor"]').nth(1).waitFor();
await officer.getByTestId('reply-input').pressSequentially('Ada, sebentar', { delay: 10 });
await chat.getByTestId('typing-indicator').waitFor();

await visitor.screenshot({ path: path.join(out, 'widget-demo-page.png') });
await officer.screenshot({ path: path.join(out, 'agent-inbox.png') });

// The officer on a phone (the conversation screen, the visitor card folded away), light and dark; the widget dark.
await officer.setViewportSize({ width: 390, height: 844 });
await officer.screenshot({ path: path.join(out, 'agent-phone.png') });
await officer.emulateMedia({ colorScheme: 'dark' });
await officer.screenshot({ path: path.join(out, 'agent-phone-dark.png') });
await visitor.emulateMedia({ colorScheme: 'dark' });
await visitor.screenshot({ path: path.join(out, 'widget-dark.png') });
await officer.emulateMedia({ colorScheme: 'light' });
await visitor.emulateMedia({ colorScheme: 'light' });
await officer.setViewportSize({ width: 1280, height: 760 });

// The month's report, after the chat is closed and rated: the supervisor's view.
await officer.getByTestId('reply-input').fill('');
await officer.getByTestId('close-chat').click();
await officer.getByTestId('close-topic').selectOption('data');
await officer.getByTestId('close-confirm').click();
await chat.getByTestId('chat-closed').waitFor();
await chat.getByTestId('rating-star-5').click();
await chat.getByTestId('rating-comment').fill('Cepat dan jelas, terima kasih.');
await chat.getByTestId('rating-submit').click();
await chat.getByTestId('rating-thanks').waitFor();
const supervisor = demoOfficers('5102')[0];
if (!supervisor) throw new Error('no demo supervisor');
const boss: Page = await (
  await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Makassar', locale: 'id-ID' })
).newPage();
await boss.goto(`${url}/agent/`);
await boss.getByTestId('login-email').fill(supervisor.email);
await boss.getByTestId('login-password').fill(supervisor.password);
await boss.getByTestId('login-submit').click();
await boss.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
await boss.goto(`${url}/agent/#/reports`);
await boss.getByTestId('chart-ratings').waitFor();
await boss.screenshot({ path: path.join(out, 'agent-reports.png') });
console.log(`Screenshots written to ${out}`);

await browser.close();
await app.close();
await mongo.dropDatabase();
await mongo.close();
process.exit(0);
