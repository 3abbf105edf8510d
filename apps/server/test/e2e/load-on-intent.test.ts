import { describe, expect, it } from 'vitest';
import { executablePath, startDemo, widget } from './demo.ts';

/** Whether a request belongs to the chat UI (its page or hashed assets), not the loader or the office summary. */
const isChatUi = (url: string) => new URL(url).pathname.startsWith('/widget/');

describe.skipIf(!executablePath)('the host page pays for the loader only, until the visitor shows intent', () => {
  it('loads no chat UI on a page view; hover starts it, the click opens a usable chat', async () => {
    const demo = await startDemo();
    const page = await demo.person();
    const chatUi: string[] = [];
    page.on('request', (request) => isChatUi(request.url()) && chatUi.push(request.url()));

    await page.goto(`${demo.url}/demo/5102`, { waitUntil: 'networkidle' });
    const bubble = page.getByTestId('chat-bubble');
    // The office answered, and the page has gone quiet: still no iframe, not one byte of the chat UI.
    await expect.poll(() => bubble.getAttribute('data-s')).toMatch(/^[123]$/);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('pst-livechat iframe').count()).toBe(0);
    expect(chatUi).toEqual([]);

    // Intent: the pointer over the bubble loads the UI, still hidden.
    await bubble.hover();
    await expect.poll(() => page.locator('pst-livechat iframe').count()).toBe(1);
    expect(await page.locator('pst-livechat iframe').isHidden()).toBe(true);
    await expect.poll(() => chatUi.length).toBeGreaterThan(0);

    await bubble.click();
    await widget(page).getByTestId('chat-window').waitFor();
    expect(await page.locator('pst-livechat iframe').isVisible()).toBe(true);
  });

  it('keyboard focus is intent too', async () => {
    const demo = await startDemo();
    const page = await demo.person();
    await page.goto(`${demo.url}/demo/5102`, { waitUntil: 'networkidle' });
    const bubble = page.getByTestId('chat-bubble');
    await expect.poll(() => bubble.getAttribute('data-s')).toMatch(/^[123]$/);
    expect(await page.locator('pst-livechat iframe').count()).toBe(0);
    await bubble.focus();
    await expect.poll(() => page.locator('pst-livechat iframe').count()).toBe(1);
  });
});
