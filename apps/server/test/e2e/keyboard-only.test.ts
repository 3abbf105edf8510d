import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, officerOnline, startDemo, widget } from './demo.ts';

describe.skipIf(!executablePath)('the visitor by keyboard only', () => {
  it('opens the widget, fills the guest book, chats, rates and closes the window without a pointer, focus kept inside', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    await visitor.goto(`${demo.url}/demo/5108`);
    const keys = visitor.keyboard;

    // Tab through the host page until the bubble has focus, then open it.
    for (let i = 0; i < 20; i++) {
      await keys.press('Tab');
      if (await visitor.getByTestId('chat-bubble').evaluate((el) => el.matches(':focus'))) break;
    }
    await keys.press('Enter');
    const chat = widget(visitor);
    await chat.getByTestId('chat-window').waitFor();

    const focusedTestId = () =>
      chat
        .locator(':focus')
        .getAttribute('data-testid')
        .catch(() => null);
    // The language button by keyboard: English is fetched on use, then the window reads it; and back.
    const language = chat.getByRole('button', { name: /^EN: / });
    await language.focus();
    await keys.press('Enter');
    await chat.getByRole('heading', { name: 'Statistical Consultation' }).waitFor();
    await chat.getByRole('button', { name: /^ID: / }).press('Enter');
    await chat.getByRole('heading', { name: 'Konsultasi Statistik' }).waitFor();

    // Focus moved into the window: type into each field in turn.
    const focusField = async (testId: string) => {
      for (let i = 0; i < 30; i++) {
        if (await chat.getByTestId(testId).evaluate((el) => el === document.activeElement)) return;
        await keys.press('Tab');
      }
      throw new Error(`${testId} never got the focus`);
    };
    const entries: [string, string][] = [
      ['guestbook-name', 'Ketut Keyboard'],
      ['guestbook-email', 'ketut@example.ac.id'],
      ['guestbook-phone', '081234567890'],
      ['guestbook-institution', 'BPS'],
      ['guestbook-occupation', 'Peneliti'],
    ];
    for (const [testId, text] of entries) {
      await focusField(testId);
      await keys.type(text);
    }
    await focusField('guestbook-purpose');
    await keys.press('ArrowDown');
    await focusField('guestbook-question');
    await keys.type('Pertanyaan lewat keyboard');
    await focusField('guestbook-consent');
    await keys.press('Space');
    await focusField('guestbook-submit');
    await keys.press('Enter');

    // The form is gone: the focus stays in the widget, on the composer, not back on the host page.
    await expect.poll(() => focusedTestId()).toBe('message-input');
    await officer.getByTestId('conversation-item').filter({ hasText: 'Ketut Keyboard' }).click();
    await keys.type('Pesan kedua');
    await keys.press('Enter');
    await officer
      .locator('[data-testid="message"][data-author="visitor"]')
      .filter({ hasText: 'Pesan kedua' })
      .waitFor();

    await officer.getByTestId('close-chat').click();
    await officer.getByTestId('close-topic').selectOption('data');
    await officer.getByTestId('close-confirm').click();
    await chat.getByTestId('chat-closed').waitFor();
    // The composer is gone: the focus moves to the closed panel's title, inside the widget.
    await expect.poll(() => chat.locator('#closed-title').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await visitor.evaluate(() => document.activeElement?.tagName)).toBe('PST-LIVECHAT');
    // The stars are one radio group: one Tab stop, arrow keys choose the score.
    await focusField('rating-star-1');
    for (let i = 0; i < 4; i++) await keys.press('ArrowRight');
    expect(await chat.getByTestId('rating-star-5').isChecked()).toBe(true);
    await focusField('rating-submit');
    await keys.press('Enter');
    await chat.getByTestId('rating-thanks').waitFor();
    expect((await demo.app.models.Conversation.findOne({ office: '5108' }))?.rating?.score).toBe(5);

    // Escape closes the window and gives the focus back to the bubble.
    await keys.press('Escape');
    await expect.poll(() => visitor.getByTestId('chat-bubble').evaluate((el) => el.matches(':focus'))).toBe(true);
  });
});
