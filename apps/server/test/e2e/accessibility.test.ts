import { describe, expect, it } from 'vitest';
import { violationsInBothSchemes, widgetFrame } from './axe.ts';
import { demoLogin, executablePath, officerOnline, openWidget, startDemo } from './demo.ts';

const none = { light: [], dark: [] };

describe.skipIf(!executablePath)('axe-core, light and dark: no serious or critical violation', () => {
  it('on every state of the widget and the agent app along one consultation', async () => {
    const demo = await startDemo();
    const supervisor = await demo.person();
    await supervisor.goto(`${demo.url}/agent/`);
    await supervisor.getByTestId('login-email').waitFor();
    expect.soft(await violationsInBothSchemes(supervisor, supervisor), 'agent: login').toEqual(none);

    await officerOnline(supervisor, demo, demoLogin('5108', 0));
    expect.soft(await violationsInBothSchemes(supervisor, supervisor), 'agent: empty inbox').toEqual(none);

    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await chat.getByTestId('guestbook-name').waitFor();
    const frame = widgetFrame(visitor);
    expect.soft(await violationsInBothSchemes(visitor, frame), 'widget: guest book').toEqual(none);

    await chat.getByTestId('guestbook-submit').click();
    expect.soft(await violationsInBothSchemes(visitor, frame), 'widget: guest book with errors').toEqual(none);

    await chat.getByTestId('guestbook-name').fill('Nyoman Aksesibel');
    await chat.getByTestId('guestbook-email').fill('nyoman@example.ac.id');
    await chat.getByTestId('guestbook-phone').fill('081234567890');
    await chat.getByTestId('guestbook-institution').fill('Universitas Pendidikan Ganesha');
    await chat.getByTestId('guestbook-occupation').fill('Dosen');
    await chat.getByTestId('guestbook-purpose').selectOption('data');
    await chat.getByTestId('guestbook-question').fill('Data kemiskinan Buleleng, lihat https://bulelengkab.bps.go.id');
    await chat.getByTestId('guestbook-consent').check();
    await chat.getByTestId('guestbook-submit').click();
    await chat.getByTestId('message-input').waitFor();

    await supervisor.getByTestId('conversation-item').filter({ hasText: 'Nyoman Aksesibel' }).click();
    await supervisor
      .getByTestId('reply-input')
      .fill('Selamat pagi, tabelnya di https://bulelengkab.bps.go.id/id/statistics-table');
    await supervisor.getByTestId('reply-send').click();
    await chat.locator('[data-testid="message"][data-author="officer"]').waitFor();
    expect.soft(await violationsInBothSchemes(visitor, frame), 'widget: conversation').toEqual(none);
    expect.soft(await violationsInBothSchemes(supervisor, supervisor), 'agent: conversation').toEqual(none);

    await supervisor.getByTestId('close-chat').click();
    await supervisor.getByTestId('close-topic').waitFor();
    expect.soft(await violationsInBothSchemes(supervisor, supervisor), 'agent: close dialog').toEqual(none);
    await supervisor.getByTestId('close-topic').selectOption('data');
    await supervisor.getByTestId('close-confirm').click();
    await chat.getByTestId('rating-submit').waitFor();
    expect.soft(await violationsInBothSchemes(visitor, frame), 'widget: rating').toEqual(none);
    await chat.getByTestId('rating-star-4').click();
    await chat.getByTestId('rating-submit').click();
    await chat.getByTestId('rating-thanks').waitFor();
    expect.soft(await violationsInBothSchemes(visitor, frame), 'widget: thanks').toEqual(none);

    for (const view of ['supervisor', 'reports', 'settings'] as const) {
      await supervisor.goto(`${demo.url}/agent/#/${view}`);
      await supervisor.locator('main').first().waitFor();
      await supervisor.waitForTimeout(300);
      expect.soft(await violationsInBothSchemes(supervisor, supervisor), `agent: ${view}`).toEqual(none);
    }
  }, 180_000);
});
