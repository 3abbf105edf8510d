import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { seedIfEmpty } from '../../src/domain/offices/seed.ts';
import { demoOfficers } from '../../src/domain/offices/seed-data.ts';
import { type SettableClock, settableClock } from '../../src/time/clock.ts';
import { startTestApp } from '../support/app.ts';
import { launchChromium } from '../support/browser.ts';
import { connectTestDatabase } from '../support/mongo.ts';
import { chromiumPath } from '../support/services.ts';
import { OPEN_TIME } from '../support/world.ts';

export const executablePath = chromiumPath();

export interface Demo {
  url: string;
  clock: SettableClock;
  app: Awaited<ReturnType<typeof startTestApp>>['app'];
  browser: Browser;
  /** Every alert, confirm or prompt any page opened: there should be none. */
  dialogs: string[];
  /** A fresh browser context: a visitor or an officer, each with their own cookies and storage. */
  person(options?: { width?: number; height?: number }): Promise<Page>;
}

/**
 * The product as `pnpm start` runs it: the seeded offices and demo officers, the
 * built widget and agent app, on a fresh database, with a clock the test sets.
 */
export async function startDemo(at: Date = OPEN_TIME, options: { smtpUrl?: string } = {}): Promise<Demo> {
  const clock = settableClock(at);
  const { app, url } = await startTestApp(await connectTestDatabase(), {
    clock,
    serveFrontEnds: true,
    settings: { env: 'test' },
    ...options,
  });
  await seedIfEmpty(app.context);
  const browser = await launchChromium(executablePath as string);
  const contexts: BrowserContext[] = [];
  const dialogs: string[] = [];
  onTestFinished(async () => {
    for (const context of contexts) await context.close();
  });
  return {
    url,
    clock,
    app,
    browser,
    dialogs,
    person: async ({ width = 1280, height = 800 } = {}) => {
      const context = await browser.newContext({ viewport: { width, height } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return page;
    },
  };
}

/** The demo login of an office's officer: 0 is the supervisor, 1 and 2 the officers. */
export function demoLogin(code: string, index: 0 | 1 | 2) {
  const account = demoOfficers(code)[index];
  if (!account) throw new Error(`no demo account ${index} for ${code}`);
  return account;
}

/** The chat UI inside the widget's iframe. */
export const widget = (page: Page): FrameLocator => page.frameLocator('pst-livechat iframe');

export interface VisitorEntry {
  name?: string;
  question: string;
}

/** Opens the bubble on the office's demo page and waits for the chat window. */
export async function openWidget(page: Page, demo: Demo, code = '5102'): Promise<FrameLocator> {
  await page.goto(`${demo.url}/demo/${code}`);
  await page.getByTestId('chat-bubble').click();
  const frame = widget(page);
  await frame.getByTestId('chat-window').waitFor();
  return frame;
}

/** Fills and sends the guest book (or, with `offline`, the offline message form). */
export async function fillGuestBook(frame: FrameLocator, entry: VisitorEntry, offline = false): Promise<void> {
  await frame.getByTestId('guestbook-name').fill(entry.name ?? 'Made Wirawan');
  await frame.getByTestId('guestbook-email').fill('made.wirawan@example.ac.id');
  await frame.getByTestId('guestbook-phone').fill('081234567890');
  await frame.getByTestId('guestbook-institution').fill('Universitas Udayana');
  await frame.getByTestId('guestbook-occupation').fill('Mahasiswa');
  await frame.getByTestId('guestbook-purpose').selectOption('data');
  await frame.getByTestId(offline ? 'offline-message' : 'guestbook-question').fill(entry.question);
  await frame.getByTestId('guestbook-consent').check();
  await frame.getByTestId(offline ? 'offline-submit' : 'guestbook-submit').click();
}

/** Signs an officer in to the agent app and sets them online. */
export async function officerOnline(
  page: Page,
  demo: Demo,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${demo.url}/agent/`);
  await page.getByTestId('login-email').fill(account.email);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  const toggle = page.getByTestId('presence-toggle');
  await toggle.waitFor();
  // At once, before the socket has connected: the app keeps the choice and sends it when it connects.
  if ((await toggle.getAttribute('data-status')) !== 'online') await toggle.click();
  await page.locator('[data-testid="presence-toggle"][data-status="online"]').waitFor();
}

/** The texts of the messages shown, by author. */
export async function messages(scope: Page | FrameLocator, author: 'visitor' | 'officer' | 'system') {
  return scope.locator(`[data-testid="message"][data-author="${author}"]`).allInnerTexts();
}
