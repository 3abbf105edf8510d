import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

const NAME = '<script>alert(1)</script>';
const TEXT = '<img src=x onerror=alert(1)>';

describe.skipIf(!executablePath)('hostile text', () => {
  it('is shown literally on both sides and runs nothing', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { name: NAME, question: TEXT });

    await officer.getByTestId('conversation-item').filter({ hasText: NAME }).click();
    await officer.getByTestId('visitor-card').filter({ hasText: NAME }).waitFor();
    const onOfficerSide = officer.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: TEXT });
    await onOfficerSide.waitFor();
    expect(await onOfficerSide.locator('img').count()).toBe(0);

    await officer.getByTestId('reply-input').fill(TEXT);
    await officer.getByTestId('reply-send').click();
    const onVisitorSide = chat.locator('[data-testid="message"][data-author="officer"]').filter({ hasText: TEXT });
    await onVisitorSide.waitFor();
    expect(await chat.locator('[data-testid="chat-window"] img[src="x"]').count()).toBe(0);
    expect(await officer.locator('img[src="x"]').count()).toBe(0);
    expect(await chat.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: TEXT }).count()).toBe(
      1,
    );
    expect(demo.dialogs).toEqual([]);
  });
});
