import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('read receipts, both ways', () => {
  it('the visitor sees "Dibaca" once the officer read; the officer sees it once the visitor read', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { name: 'Komang Baca', question: 'Apakah pesan saya sudah dibaca?' });
    await chat.locator('[data-testid="message"][data-author="visitor"]').waitFor();
    expect(await chat.getByTestId('read-receipt').count()).toBe(0);

    // The officer opens the chat: the visitor's question is read.
    await officer.getByTestId('conversation-item').filter({ hasText: 'Komang Baca' }).click();
    await expect.poll(() => chat.getByTestId('read-receipt').innerText()).toBe('Dibaca');

    // The officer answers; the visitor has the window open and reads it.
    await officer.getByTestId('reply-input').fill('Sudah, sebentar saya carikan datanya.');
    await officer.getByTestId('reply-send').click();
    const answer = officer.locator('[data-testid="message"][data-author="officer"][data-state="sent"]');
    await answer.waitFor();
    await expect.poll(() => answer.getAttribute('data-read')).toBe('');
    expect(await answer.innerText()).toContain('Dibaca');
  });
});
