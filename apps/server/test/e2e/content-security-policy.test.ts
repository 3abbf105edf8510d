import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

const PREFIX = 'csp-violation:';

/**
 * Records every CSP violation in the page and its frames. The init script
 * runs in each frame (the widget's iframe too) and reports through the
 * console, which Chromium also uses for its own "Refused to …" errors.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${prefix} ${event.effectiveDirective} ${event.blockedURI} at ${document.location.pathname}`);
    });
  }, PREFIX);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(PREFIX) || text.includes('Content Security Policy')) violations.push(text);
  });
  return violations;
}

/** What a page trying to run injected inline code gets: the style is refused under the strict CSP. */
function injectInlineStyle(target: Page | Frame): Promise<void> {
  return target.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
}

describe.skipIf(!executablePath)('both UIs under their strict Content-Security-Policy in Chromium', () => {
  it('run a whole chat with no CSP violation, and refuse injected inline code', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    const officerViolations = await watchViolations(officer);
    await officerOnline(officer, demo, demoLogin('5102', 1));

    const visitor = await demo.person({ width: 390, height: 800 });
    const visitorViolations = await watchViolations(visitor);
    const chat = await openWidget(visitor, demo, '5102');
    await fillGuestBook(chat, { question: 'Apakah ada data inflasi Tabanan?' });
    await officer.getByTestId('queue-item').filter({ hasText: 'Made Wirawan' }).getByTestId('accept-chat').click();
    await officer.getByTestId('reply-input').fill('Ada, di Berita Resmi Statistik bulanan.');
    await officer.getByTestId('reply-send').click();
    await chat.locator('[data-testid="message"][data-author="officer"]').filter({ hasText: 'bulanan' }).waitFor();

    expect(officerViolations).toEqual([]);
    expect(visitorViolations).toEqual([]);

    // The policy is enforced, and the watch would have seen a violation.
    await injectInlineStyle(officer);
    await expect.poll(() => officerViolations.join('\n')).toContain(`${PREFIX} style-src-elem`);
    const widgetFrame = visitor.frames().find((frame) => new URL(frame.url()).pathname === '/widget/');
    if (!widgetFrame) throw new Error('no widget iframe');
    await injectInlineStyle(widgetFrame);
    await expect.poll(() => visitorViolations.join('\n')).toContain(`${PREFIX} style-src-elem`);
    expect(demo.dialogs).toEqual([]);
  });
});
