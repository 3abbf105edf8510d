import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

const visitorTexts = ['Satu', 'Dua', 'Tiga'];

describe.skipIf(!executablePath)('a network drop', () => {
  it('of the officer: visitor messages sent meanwhile arrive once, in order, when it is back', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { question: 'Mulai' });
    await officer.getByTestId('conversation-item').first().click();
    await officer.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: 'Mulai' }).waitFor();

    await officer.context().setOffline(true);
    for (const text of visitorTexts) {
      await chat.getByTestId('message-input').fill(text);
      await chat.getByTestId('message-send').click();
    }
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await officer.context().setOffline(false);

    await expect
      .poll(
        async () => (await officer.locator('[data-testid="message"][data-author="visitor"]').allInnerTexts()).length,
        {
          timeout: 20_000,
        },
      )
      .toBe(4);
    const shown = await officer.locator('[data-testid="message"][data-author="visitor"]').allInnerTexts();
    expect(shown.map((text) => ['Mulai', ...visitorTexts].find((t) => text.includes(t)))).toEqual([
      'Mulai',
      ...visitorTexts,
    ]);
  }, 60_000);

  it('of the visitor: messages typed into the outbox are sent once, in order, when it is back', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { question: 'Mulai' });
    await officer.getByTestId('conversation-item').first().click();

    await visitor.context().setOffline(true);
    await expect
      .poll(() => chat.getByTestId('connection-state').getAttribute('data-state'), { timeout: 20_000 })
      .not.toBe('connected');
    for (const text of visitorTexts) {
      await chat.getByTestId('message-input').fill(text);
      await chat.getByTestId('message-send').click();
    }
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await visitor.context().setOffline(false);

    await expect
      .poll(
        async () => (await officer.locator('[data-testid="message"][data-author="visitor"]').allInnerTexts()).length,
        {
          timeout: 30_000,
        },
      )
      .toBe(4);
    const stored = await demo.app.models.Message.find({ 'author.kind': 'visitor' }).sort({ seq: 1 });
    expect(stored.map((m) => m.text)).toEqual(['Mulai', ...visitorTexts]);
  }, 90_000);
});
