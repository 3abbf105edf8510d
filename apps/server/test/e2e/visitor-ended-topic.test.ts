import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('a chat the visitor ended', () => {
  it('has no topic until the officer, asked when they open it, gives one (once, for the reports)', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { name: 'Ayu Pergi', question: 'Saya harus pergi sebentar lagi.' });
    await officer.getByTestId('conversation-item').filter({ hasText: 'Ayu Pergi' }).click();
    await officer.getByTestId('reply-input').waitFor();

    await chat.getByTestId('end-chat').click();
    await chat.getByTestId('end-confirm').click();
    await chat.getByTestId('chat-closed').waitFor();

    const prompt = officer.getByTestId('topic-prompt');
    await prompt.waitFor();
    await officer.getByTestId('topic-select').selectOption('metadata');
    await officer.getByTestId('topic-save').click();
    await prompt.waitFor({ state: 'detached' });
    const stored = await demo.app.models.Conversation.findOne({ office: '5108' });
    expect(stored?.closeReason).toBe('visitor_left');
    expect(stored?.topic).toBe('metadata');
  });
});
