import { describe, expect, it } from 'vitest';
import { CLOSED_TIME, OPEN_TIME } from '../support/world.ts';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('outside service hours, in Chromium', () => {
  it('offers the offline form with the next opening; the message reaches an officer when the desk opens', async () => {
    const demo = await startDemo(CLOSED_TIME); // Monday 20:00 WITA
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));

    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await chat.getByTestId('offline-form').waitFor();
    // The next opening, Tuesday 08.00, in the office's zone.
    await expect.poll(() => chat.getByTestId('chat-window').innerText()).toMatch(/08[.:]00 WITA/);
    await fillGuestBook(chat, { question: 'Mohon tabel inflasi Oktober 2026.' }, true);
    await chat.getByTestId('offline-sent').waitFor();
    expect(await chat.getByTestId('offline-sent').innerText()).toMatch(/3/);

    const stored = await demo.app.models.Conversation.findOne({ office: '5108' });
    expect(stored).toMatchObject({ status: 'queued', offline: true });

    // Tuesday 08:01 WITA: the next job tick routes it to the online officer.
    demo.clock.set(new Date(OPEN_TIME.getTime() + 22 * 3_600_000 + 60_000));
    await demo.app.runJobs();
    await officer.getByTestId('conversation-item').filter({ hasText: 'Made Wirawan' }).waitFor();
    expect((await demo.app.models.Conversation.findById(stored?._id))?.status).toBe('active');
  });
});
