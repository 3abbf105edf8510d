import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo, widget } from './demo.ts';

describe.skipIf(!executablePath)('reloading the host page mid-chat', () => {
  it('continues the same conversation: nothing lost, nothing doubled', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { question: 'Pertanyaan pertama' });
    await officer.getByTestId('conversation-item').first().click();
    await officer.getByTestId('reply-input').fill('Jawaban pertama');
    await officer.getByTestId('reply-send').click();
    await chat
      .locator('[data-testid="message"][data-author="officer"]')
      .filter({ hasText: 'Jawaban pertama' })
      .waitFor();

    await visitor.reload();
    await visitor.getByTestId('chat-bubble').click();
    const again = widget(visitor);
    await again
      .locator('[data-testid="message"][data-author="officer"]')
      .filter({ hasText: 'Jawaban pertama' })
      .waitFor();
    await again.getByTestId('message-input').fill('Pertanyaan kedua');
    await again.getByTestId('message-send').click();
    await officer
      .locator('[data-testid="message"][data-author="visitor"]')
      .filter({ hasText: 'Pertanyaan kedua' })
      .waitFor();

    expect(await demo.app.models.Conversation.countDocuments()).toBe(1);
    const texts = await again.locator('[data-testid="message"]:not([data-author="system"])').allInnerTexts();
    for (const text of ['Pertanyaan pertama', 'Jawaban pertama', 'Pertanyaan kedua']) {
      expect(texts.filter((shown) => shown.includes(text))).toHaveLength(1);
    }
    const stored = await demo.app.models.Message.find({ author: { $ne: null } }).sort({ seq: 1 });
    expect(stored.filter((m) => m.author.kind !== 'system').map((m) => m.text)).toEqual([
      'Pertanyaan pertama',
      'Jawaban pertama',
      'Pertanyaan kedua',
    ]);
  });
});
