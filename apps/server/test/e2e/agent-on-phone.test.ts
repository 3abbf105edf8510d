import { describe, expect, it } from 'vitest';
import { violationsInBothSchemes } from './axe.ts';
import { demoLogin, executablePath, fillGuestBook, messages, officerOnline, openWidget, startDemo } from './demo.ts';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!executablePath)('the agent app on a phone (390×844)', () => {
  it('takes a chat from the queue and answers it: list and conversation are two screens', async () => {
    const demo = await startDemo();
    const officer = await demo.person(PHONE);
    await officerOnline(officer, demo, demoLogin('5102', 1));
    const fitsTheScreen = () => officer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fitsTheScreen()).toBe(true);

    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5102');
    await fillGuestBook(chat, { name: 'Putu Ponsel', question: 'Data pariwisata Tabanan 2025?' });

    // The list screen: the queue, no conversation pane beside it.
    await officer.getByTestId('accept-chat').first().click();
    await officer.getByTestId('reply-input').waitFor();
    // The conversation screen: the list is gone, a way back is there, the visitor card folded away.
    expect(await officer.locator('.sidebar').isVisible()).toBe(false);
    expect(await officer.getByTestId('visitor-card').isVisible()).toBe(false);
    expect(await fitsTheScreen()).toBe(true);
    await officer.getByTestId('side-toggle').click();
    expect(await officer.getByTestId('visitor-card').isVisible()).toBe(true);
    expect(await officer.getByTestId('side-toggle').getAttribute('aria-expanded')).toBe('true');
    await officer.getByTestId('side-toggle').click();
    expect(await officer.getByTestId('visitor-card').isVisible()).toBe(false);
    expect(await violationsInBothSchemes(officer, officer), 'phone: conversation').toEqual({ light: [], dark: [] });

    await officer.getByTestId('reply-input').fill('Selamat siang, datanya ada di https://tabanankab.bps.go.id');
    await officer.getByTestId('reply-send').click();
    await expect.poll(() => messages(chat, 'officer')).toEqual([expect.stringContaining('Selamat siang, datanya ada')]);

    await officer.getByTestId('back-to-list').click();
    await officer.getByTestId('conversation-item').filter({ hasText: 'Putu Ponsel' }).waitFor();
    expect(await officer.getByTestId('reply-input').isVisible()).toBe(false);
    expect(await violationsInBothSchemes(officer, officer), 'phone: list').toEqual({ light: [], dark: [] });
  });
});
