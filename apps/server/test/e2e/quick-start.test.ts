import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { connectTestDatabase } from '../support/mongo.ts';
import { executablePath, fillGuestBook, widget } from './demo.ts';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** `pnpm start`'s server command (the front ends are built by `pnpm test`), until its banner is complete. */
async function startLikePnpmStart(env: Record<string, string>): Promise<{ banner: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  });
  let banner = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    banner += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString();
      if (banner.includes('the chat reaches the officer at once')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${banner}`)));
  });
  return { banner, child };
}

/** The one value a banner line gives after `label`. */
function after(banner: string, label: RegExp): string {
  const match = banner.match(label);
  if (!match?.[1]) throw new Error(`the banner does not say ${label}:\n${banner}`);
  return match[1];
}

describe.skipIf(!executablePath)('the quick start', () => {
  it('follows the four steps the start banner and README give to a first live chat', { timeout: 90_000 }, async () => {
    const mongo = await connectTestDatabase();
    const { banner } = await startLikePnpmStart({ MONGODB_URI: inject('mongoUri'), MONGODB_DB: mongo.name });
    expect(banner).toMatch(/^ {2}9999 {2}open {4}officers online: 0 {2}PST Demo/m);

    const agentUrl = after(banner, /1\. Open the agent app: (\S+)/);
    const email = after(banner, /2\. Sign in as (\S+) with password/);
    const password = after(banner, /with password (\S+)/);
    const demoUrl = after(banner, /4\. In another browser \(or a private window\) open (\S+),/);

    const browser = await launchChromium(executablePath as string);
    const officer = await (await browser.newContext()).newPage();
    await officer.goto(agentUrl);
    await officer.getByTestId('login-email').fill(email);
    await officer.getByTestId('login-password').fill(password);
    await officer.getByTestId('login-submit').click();
    // As a person would, once the badge says "Terhubung" (connected).
    await officer.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await officer.locator('[data-testid="presence-toggle"][data-status="offline"]').click();
    await officer.locator('[data-testid="presence-toggle"][data-status="online"]').waitFor();

    const visitor = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await visitor.goto(demoUrl);
    await visitor.getByTestId('chat-bubble').click();
    const chat = widget(visitor);
    await fillGuestBook(chat, { question: 'Apakah ada data PDRB kabupaten tahun 2025?' });

    // Demo office 9999 routes automatically: the chat lands in the officer's list, and they answer.
    await officer.getByTestId('conversation-item').filter({ hasText: 'Made Wirawan' }).click();
    await officer.getByTestId('message').filter({ hasText: 'PDRB kabupaten' }).waitFor();
    await officer.getByTestId('reply-input').fill('Ada, silakan lihat tabel PDRB di situs kami.');
    await officer.getByTestId('reply-send').click();
    await chat
      .locator('[data-testid="message"][data-author="officer"]')
      .filter({ hasText: 'silakan lihat tabel PDRB' })
      .waitFor();
  });
});
