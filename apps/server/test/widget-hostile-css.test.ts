import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { builtFiles } from '../src/edge/http/paths.ts';
import { startTestApp } from './support/app.ts';
import { launchChromium } from './support/browser.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { chromiumPath } from './support/services.ts';

const executablePath = chromiumPath();

/** The worst a regency website's stylesheet could do to an embedded widget. */
const HOSTILE_CSS = `
  * { all: unset !important; font-size: 40px !important; }
  div { display: none !important; }
  button { position: static !important; }
  iframe { display: none !important; }
  pst-livechat { position: static !important; }
`;

/** A host page of its own (another origin than the chat server), with or without the one script tag. */
function hostPage(scriptSrc: string | undefined): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Host</title><style>${HOSTILE_CSS}</style></head>
<body>
<header id="banner">BPS Kabupaten Tabanan</header>
<p id="intro">Butuh data, metadata, atau klasifikasi statistik?</p>
<section id="table"><span>Jumlah penduduk</span> <span>476,8</span></section>
<footer id="end">Badan Pusat Statistik</footer>
${scriptSrc ? `<script src="${scriptSrc}" data-office="5102" async></script>` : ''}
</body></html>`;
}

/** A tiny web server for host pages, on a free port, closed after the test. */
async function startHostSite(routes: Record<string, { type: string; body: string }>): Promise<string> {
  const server: Server = createServer((req, res) => {
    // No favicon: an empty answer, so the browser's console holds only what the widget causes.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const route = routes[req.url ?? ''];
    res.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' });
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // "localhost" rather than 127.0.0.1: another site than the chat server, as a real host page is.
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

/** Where the host page's own elements are and how big they are. */
function hostLayout(page: Page) {
  return page.evaluate(() =>
    ['banner', 'intro', 'table', 'end'].map((id) => {
      const { x, y, width, height } = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
      return { id, x, y, width, height };
    }),
  );
}

describe.skipIf(!executablePath)('the widget on a hostile host page in Chromium', () => {
  it('draws the bubble bottom-right and moves nothing of the host page, even under global !important CSS', async () => {
    const { app, url: chatUrl } = await startTestApp(await connectTestDatabase(), { serveFrontEnds: true });
    let hostUrl = '';
    const routes: Record<string, { type: string; body: string }> = {};
    hostUrl = await startHostSite(routes);
    routes['/with'] = { type: 'text/html', body: hostPage(`${chatUrl}/widget.js`) };
    routes['/without'] = { type: 'text/html', body: hostPage(undefined) };
    await app.models.Office.create({
      code: '5102',
      name: 'BPS Kabupaten Tabanan',
      timeZone: 'Asia/Makassar',
      allowedOrigins: [hostUrl],
    });

    const browser = await launchChromium(executablePath as string);
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    await page.goto(`${hostUrl}/without`);
    const before = await hostLayout(page);
    // The hostile rules are in force on the host page.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('intro') as HTMLElement).fontSize)).toBe(
      '40px',
    );

    await page.goto(`${hostUrl}/with`);
    const bubble = page.getByTestId('chat-bubble');
    await expect.poll(() => bubble.isVisible()).toBe(true);
    // The office answered: the bubble says whether the desk is open (data-s 1 to 3, never 4 "unreachable").
    await expect.poll(() => bubble.getAttribute('data-s')).toMatch(/^[123]$/);
    const box = await bubble.boundingBox();
    expect(box).toMatchObject({ width: 56, height: 56 });
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBe(1024 - 16);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBe(700 - 16);
    expect(await hostLayout(page)).toEqual(before);

    await bubble.click();
    const chatWindow = page.frameLocator('iframe').getByTestId('chat-window');
    await chatWindow.waitFor();
    expect(await chatWindow.getByRole('heading', { level: 1 }).textContent()).toBe('Konsultasi Statistik');
    expect(await page.locator('iframe').isVisible()).toBe(true);
    expect(await hostLayout(page)).toEqual(before);
    if (process.env.WIDGET_SCREENSHOT) await page.screenshot({ path: process.env.WIDGET_SCREENSHOT });
    expect(errors).toEqual([]);
  });

  it('says the service is unreachable when the chat server does not answer, with one failed request', async () => {
    // The loader served from a site without the chat API: its one request fails, as with a server that is down.
    const routes: Record<string, { type: string; body: string }> = {
      '/widget.js': { type: 'text/javascript', body: readFileSync(path.join(builtFiles.widget, 'widget.js'), 'utf8') },
      '/page': { type: 'text/html', body: hostPage('/widget.js') },
      '/without': { type: 'text/html', body: hostPage(undefined) },
    };
    const hostUrl = await startHostSite(routes);
    const browser = await launchChromium(executablePath as string);
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const apiRequests: string[] = [];
    page.on('request', (request) => request.url().includes('/api/') && apiRequests.push(request.url()));

    await page.goto(`${hostUrl}/without`);
    const before = await hostLayout(page);
    await page.goto(`${hostUrl}/page`);
    const bubble = page.getByTestId('chat-bubble');
    await expect.poll(() => bubble.getAttribute('data-s')).toBe('4');
    expect(await bubble.getAttribute('title')).toContain('Layanan tidak dapat dihubungi.');
    expect(await hostLayout(page)).toEqual(before);
    await page.waitForTimeout(2_000);
    expect(apiRequests).toHaveLength(1);
    expect(errors.length).toBeLessThanOrEqual(1);

    // A click is worth one more try; the window stays closed while the server does not answer.
    await bubble.click();
    await expect.poll(() => apiRequests.length).toBe(2);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await bubble.getAttribute('aria-expanded')).toBe('false');
    expect(errors.filter((text) => !text.includes('404'))).toEqual([]);
  });
});
