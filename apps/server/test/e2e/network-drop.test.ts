import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

const visitorTexts = ['Satu', 'Dua', 'Tiga'];
const OFFLINE_MS = 10_000;

/** An officer of 5108 online and a visitor whose first question the officer has open. */
async function chatInProgress() {
  const demo = await startDemo();
  const officer = await demo.person();
  await officerOnline(officer, demo, demoLogin('5108', 1));
  const visitor = await demo.person();
  const chat = await openWidget(visitor, demo, '5108');
  await fillGuestBook(chat, { question: 'Mulai' });
  await officer.getByTestId('conversation-item').first().click();
  await officer.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: 'Mulai' }).waitFor();
  return { demo, officer, visitor, chat };
}

/** Cuts one side off for ten seconds while the visitor sends three messages. */
async function visitorWritesWhileOffline(side: Page, chat: FrameLocator, waitUntilNoticed: () => Promise<void>) {
  await side.context().setOffline(true);
  await waitUntilNoticed();
  for (const text of visitorTexts) {
    await chat.getByTestId('message-input').fill(text);
    await chat.getByTestId('message-send').click();
  }
  await new Promise((resolve) => setTimeout(resolve, OFFLINE_MS));
  await side.context().setOffline(false);
}

/** Waits until the officer shows all four visitor messages, and returns them in order of display. */
async function officerSeesVisitorMessages(officer: Page): Promise<(string | undefined)[]> {
  const shown = officer.locator('[data-testid="message"][data-author="visitor"]');
  await expect.poll(async () => (await shown.allInnerTexts()).length, { timeout: 30_000 }).toBe(4);
  return (await shown.allInnerTexts()).map((text) => ['Mulai', ...visitorTexts].find((t) => text.includes(t)));
}

describe.skipIf(!executablePath)('a network drop', () => {
  it('of the officer: visitor messages sent meanwhile arrive once, in order, when it is back', async () => {
    const { officer, chat } = await chatInProgress();
    await visitorWritesWhileOffline(officer, chat, async () => {});
    expect(await officerSeesVisitorMessages(officer)).toEqual(['Mulai', ...visitorTexts]);
  }, 60_000);

  it('of the visitor: messages typed into the outbox are sent once, in order, when it is back', async () => {
    const { demo, officer, visitor, chat } = await chatInProgress();
    await visitorWritesWhileOffline(visitor, chat, () =>
      expect
        .poll(() => chat.getByTestId('connection-state').getAttribute('data-state'), { timeout: 20_000 })
        .not.toBe('connected'),
    );
    expect(await officerSeesVisitorMessages(officer)).toEqual(['Mulai', ...visitorTexts]);
    const stored = await demo.app.models.Message.find({ 'author.kind': 'visitor' }).sort({ seq: 1 });
    expect(stored.map((m) => m.text)).toEqual(['Mulai', ...visitorTexts]);
  }, 90_000);
});
