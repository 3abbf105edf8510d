import { describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.ts';
import { launchChromium } from './support/browser.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { chromiumPath } from './support/services.ts';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('the demo host page in Chromium', () => {
  it('loads the one script tag and shows the widget bubble, which opens the chat window', async () => {
    const { app, url } = await startTestApp(await connectTestDatabase(), { serveFrontEnds: true });
    await app.models.Office.create({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    const browser = await launchChromium(executablePath as string);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${url}/demo/5102`);
    const bubble = page.getByTestId('chat-bubble');
    await expect.poll(() => bubble.isVisible()).toBe(true);
    expect(await bubble.getAttribute('aria-label')).toBe('Buka konsultasi statistik');

    await bubble.click();
    const chatWindow = page.frameLocator('iframe').getByTestId('chat-window');
    await chatWindow.waitFor();
    expect(await chatWindow.getByRole('heading').textContent()).toBe('Konsultasi Statistik');
    expect(errors).toEqual([]);
    expect(await page.title()).toBe('BPS Kabupaten Tabanan');
    const response = await page.request.get(`${url}/widget/?office=5102`);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
  });
});
