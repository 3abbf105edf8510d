import { describe, expect, it } from 'vitest';
import { violationsInBothSchemes, widgetFrame } from './axe.ts';
import { demoLogin, executablePath, fillGuestBook, messages, officerOnline, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('the hosted chat page /chat/:officeCode', () => {
  it('runs a whole consultation on /chat/5102: name, hours, shareable link and QR code', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5102', 1));

    const visitor = await demo.person({ width: 390, height: 844 });
    const response = await visitor.goto(`${demo.url}/chat/5102`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await visitor.getByTestId('chat-page-office').innerText()).toBe('BPS Kabupaten Tabanan');
    expect(await visitor.getByTestId('chat-page-hours').innerText()).toMatch(
      /^Senin–Kamis 08:00–16:00 WITA\nJumat \d\d:\d\d–\d\d:\d\d WITA$/,
    );
    expect(await visitor.getByTestId('chat-page-link').getAttribute('href')).toBe(`${demo.url}/chat/5102`);
    const qr = await visitor.request.get(`${demo.url}/chat/5102/qr.svg`);
    expect(qr.headers()['content-type']).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    expect(
      await visitor.getByTestId('chat-page-qr').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    expect((await visitor.request.get(`${demo.url}/chat/0000`)).status()).toBe(404);

    // The chat UI is the page: open at once, no bubble, no close button.
    const chat = visitor.frameLocator('[data-testid="chat-page-frame"]');
    await chat.getByTestId('guestbook-name').waitFor();
    expect(await violationsInBothSchemes(visitor, visitor), 'hosted page').toEqual({ light: [], dark: [] });
    await fillGuestBook(chat, { name: 'Gede Poster', question: 'Saya datang dari kode QR di poster.' });

    await officer.getByTestId('accept-chat').first().click();
    await officer.getByTestId('reply-input').fill('Selamat datang! Ada yang bisa dibantu?');
    await officer.getByTestId('reply-send').click();
    await expect.poll(() => messages(chat, 'officer')).toEqual([expect.stringContaining('Selamat datang!')]);
    await chat.getByTestId('message-input').fill('Data wisatawan 2025, terima kasih.');
    await chat.getByTestId('message-send').click();
    await officer.locator('[data-testid="message"][data-author="visitor"]').filter({ hasText: 'wisatawan' }).waitFor();

    await officer.getByTestId('close-chat').click();
    await officer.getByTestId('close-topic').selectOption('data');
    await officer.getByTestId('close-confirm').click();
    await chat.getByTestId('rating-star-5').click();
    await chat.getByTestId('rating-submit').click();
    await chat.getByTestId('rating-thanks').waitFor();
    expect(await violationsInBothSchemes(visitor, widgetFrame(visitor)), 'hosted chat UI').toEqual({
      light: [],
      dark: [],
    });
    const stored = await demo.app.models.Conversation.findOne({ office: '5102' });
    expect(stored?.rating?.score).toBe(5);
    expect(demo.dialogs).toEqual([]);
  });
});
