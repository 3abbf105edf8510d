import { describe, expect, it } from 'vitest';
import { CLOSED_TIME } from '../support/world.ts';
import { demoLogin, executablePath, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('office settings, in Chromium', () => {
  it("a supervisor's new hours and closure change the widget's next opening at once", async () => {
    const demo = await startDemo(CLOSED_TIME); // Monday 23 November 2026, 20:00 WITA
    // The browser's clock reads the server's, so "besok" and "Rabu" are counted from that Monday too.
    const visitor = await demo.person();
    await visitor.clock.setFixedTime(CLOSED_TIME);
    const chat = await openWidget(visitor, demo, '5108');
    const status = () => chat.getByTestId('chat-window').innerText();
    await expect.poll(status).toMatch(/buka lagi besok pukul 08\.00 WITA/);

    const supervisor = await demo.person();
    const account = demoLogin('5108', 0);
    await supervisor.goto(`${demo.url}/agent/`);
    await supervisor.getByTestId('login-email').fill(account.email);
    await supervisor.getByTestId('login-password').fill(account.password);
    await supervisor.getByTestId('login-submit').click();
    await supervisor.getByTestId('nav-settings').click();

    // Tuesday 24 November: closed for a meeting.
    const closures = supervisor.getByTestId('settings-closures');
    await closures.getByTestId('row-add').click();
    const closure = closures.getByTestId('settings-row').last();
    await closure.getByLabel('Tanggal').fill('2026-11-24');
    await closure.getByLabel('Keterangan').fill('Rapat kerja');
    await closures.getByTestId('settings-save').click();
    await closures.getByText('Tersimpan; berlaku sekarang.').waitFor();
    await expect.poll(status).toMatch(/buka lagi Rabu pukul 08\.00 WITA/);

    // Wednesday gets an early slot besides its usual hours.
    const hours = supervisor.getByTestId('settings-hours');
    await hours.getByTestId('row-add').click();
    const slot = hours.getByTestId('settings-row').last();
    await slot.getByLabel('Hari').selectOption('3');
    await slot.getByLabel('Mulai').fill('07:00');
    await slot.getByLabel('Selesai').fill('08:00');
    await hours.getByTestId('settings-save').click();
    await hours.getByText('Tersimpan; berlaku sekarang.').waitFor();
    await expect.poll(status).toMatch(/buka lagi Rabu pukul 07\.00 WITA/);

    // Both changes are in the office audit, under the supervisor's name.
    const audit = supervisor.getByTestId('audit-entry');
    await expect.poll(() => audit.count()).toBe(2);
    expect(await audit.first().innerText()).toContain(account.name);
    expect(await audit.first().innerText()).toContain('serviceHours');
    expect(await audit.last().innerText()).toContain('2026-11-24 Rapat kerja');
    expect(demo.dialogs).toEqual([]);
  });
});
