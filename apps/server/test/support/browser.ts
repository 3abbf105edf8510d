import { type Browser, chromium } from 'playwright-core';
import { onTestFinished } from 'vitest';

/** Flags for Debian's Chromium as root in a sandbox with no outside network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Debian's Chromium through playwright-core (never a downloaded browser), closed when the test ends. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  onTestFinished(() => browser.close());
  return browser;
}
