import { describe, expect, it } from 'vitest';
import { OPEN_TIME } from '../support/world.ts';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('deadlines in the agent app, in Chromium', () => {
  it('shows an overdue conversation in the Overdue filter, judged by the server clock', async () => {
    const demo = await startDemo(OPEN_TIME); // Monday 23 November 2026 10:00 WITA

    // Nobody is online at Buleleng: Ayu leaves a message on Monday, due Thursday 26 November 15.30 WITA.
    const ayu = await demo.person();
    await fillGuestBook(
      await openWidget(ayu, demo, '5108'),
      { name: 'Ayu Lestari', question: 'Data PDRB 2025?' },
      true,
    );
    await ayu.frameLocator('pst-livechat iframe').getByTestId('offline-sent').waitFor();

    // Friday 27 November 09:00 WITA (the server's clock; the browser keeps the real date): an officer signs in
    // and gets Ayu's message, now overdue; Budi's new question is due next Wednesday.
    demo.clock.set(new Date('2026-11-27T01:00:00Z'));
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    await officer.getByTestId('conversation-item').filter({ hasText: 'Ayu Lestari' }).waitFor();
    const budi = await demo.person();
    await fillGuestBook(await openWidget(budi, demo, '5108'), { name: 'Budi Santoso', question: 'Data kemiskinan?' });
    await expect.poll(() => officer.getByTestId('conversation-item').count()).toBe(2);

    await officer.getByTestId('deadline-filter-overdue').click();
    await expect.poll(() => officer.getByTestId('conversation-item').count()).toBe(1);
    const line = officer.getByTestId('conversation-item');
    expect(await line.innerText()).toContain('Ayu Lestari');
    expect(await line.getByTestId('due-date').getAttribute('data-state')).toBe('overdue');
    expect(await line.getByTestId('due-date').innerText()).toContain('Kam 26 Nov 15.30 WITA');

    await officer.getByTestId('deadline-filter-all').click();
    await expect.poll(() => officer.getByTestId('conversation-item').count()).toBe(2);
  });
});
