import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('a guest book sent while the widget is still connecting', () => {
  it('is kept and sent once connected: one press starts the chat', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));

    // A slow network, made on the server's side: visitor handshakes wait until the test lets them through.
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    demo.app.realtime.visitor.use((_socket, next) => void held.then(() => next()));

    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { name: 'Wayan Lambat', question: 'Ditekan sekali saat masih menghubungkan' });
    // Pressed while connecting: not dropped, nothing asks to press again.
    await visitor.waitForTimeout(300);
    expect(await chat.locator('.form-problem').count()).toBe(0);
    expect(await chat.getByTestId('guestbook-submit').isDisabled()).toBe(true);

    letThrough();
    await officer.getByTestId('conversation-item').filter({ hasText: 'Wayan Lambat' }).waitFor();
    await chat
      .locator('[data-testid="message"][data-author="visitor"]')
      .filter({ hasText: 'Ditekan sekali' })
      .waitFor();
    expect(await demo.app.models.Conversation.countDocuments({ office: '5108' })).toBe(1);
  });
});
