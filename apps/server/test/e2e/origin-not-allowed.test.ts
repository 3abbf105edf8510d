import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { launchChromium } from '../support/browser.ts';
import { connectTestDatabase } from '../support/mongo.ts';
import { HOST_ORIGIN } from '../support/world.ts';
import { executablePath } from './demo.ts';

/** A regency website that pastes the tag, on its own origin, with no favicon to muddle the console. */
async function startHostSite(chatUrl: string): Promise<string> {
  const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Blog</title></head>
<body><p>Artikel statistik</p><script src="${chatUrl}/widget.js" data-office="5102" async></script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // "localhost": another origin than the chat server's 127.0.0.1, and not allowed in production.
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

describe.skipIf(!executablePath)('a page whose origin is not allowed, in Chromium', () => {
  it('shows "not available on this page", opens no window, and tells the webmaster in one console line', async () => {
    const { app, url } = await startTestApp(await connectTestDatabase(), {
      serveFrontEnds: true,
      settings: { env: 'production' },
    });
    await app.models.Office.create({
      code: '5102',
      name: 'BPS Kabupaten Tabanan',
      timeZone: 'Asia/Makassar',
      allowedOrigins: [HOST_ORIGIN],
    });
    const hostUrl = await startHostSite(url);
    const browser = await launchChromium(executablePath as string);
    const context = await browser.newContext();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));

    await page.goto(hostUrl);
    const bubble = page.getByTestId('chat-bubble');
    await expect.poll(() => bubble.getAttribute('data-s')).toBe('5');
    const note = page.locator('pst-livechat b');
    expect(await note.innerText()).toBe('Chat tidak tersedia di halaman ini.');
    expect(await note.isVisible()).toBe(true);
    expect(await bubble.getAttribute('title')).toContain('Chat tidak tersedia di halaman ini.');

    await bubble.click();
    await bubble.hover();
    await page.waitForTimeout(500);
    expect(await page.locator('pst-livechat iframe').count()).toBe(0);
    expect(consoleLines).toEqual([
      `warning: PST LiveChat: ${hostUrl} belum diizinkan memuat chat kantor 5102; supervisor kantor menambahkannya ` +
        `di ${url}/agent/#/settings (Pengaturan kantor › Origin yang diizinkan). / ${hostUrl} may not embed the ` +
        `chat of office 5102; the office's supervisor adds it at ${url}/agent/#/settings (Office settings › Allowed origins).`,
    ]);

    // In English when the page asks for it.
    await page.evaluate(() =>
      (window as unknown as { PSTLiveChat: { setLanguage(lang: string): void } }).PSTLiveChat.setLanguage('en'),
    );
    expect(await note.innerText()).toBe('Chat is not available on this page.');
  });
});
