import { describe, expect, it } from 'vitest';
import { violationsInBothSchemes, widgetFrame } from './axe.ts';
import { demoLogin, executablePath, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('the FAQ before the guest book', () => {
  it('a supervisor adds an entry; a visitor finds it as they type, no chat needed; the report counts it', async () => {
    const demo = await startDemo();
    const supervisor = await demo.person();
    await officerOnline(supervisor, demo, demoLogin('5102', 0));
    await supervisor.goto(`${demo.url}/agent/#/supervisor`);
    await supervisor.getByTestId('canned-shortcut').fill('penduduk');
    await supervisor
      .getByTestId('canned-text')
      .fill('Jumlah penduduk Tabanan 2025: 476,8 ribu. Tabel: https://tabanankab.bps.go.id/id/statistics-table');
    await supervisor.getByTestId('canned-faq').fill('Berapa jumlah penduduk Kabupaten Tabanan?');
    await supervisor.getByTestId('canned-add').click();
    await supervisor.getByText('FAQ: Berapa jumlah penduduk Kabupaten Tabanan?').waitFor();

    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5102');
    await chat.getByTestId('faq-search').fill('penduduk tabanan');
    const result = chat.getByTestId('faq-result');
    await expect.poll(() => result.count()).toBe(1);
    expect(await chat.getByTestId('guestbook-name').count()).toBe(0);
    await result.locator('summary').click();
    expect(await violationsInBothSchemes(visitor, widgetFrame(visitor)), 'widget: FAQ').toEqual({
      light: [],
      dark: [],
    });
    await chat.getByTestId('faq-answered').click();
    await chat.getByTestId('faq-thanks').waitFor();

    // Not found: on to the guest book with the question filled in.
    await chat.getByTestId('faq-search').fill('Data kunjungan wisatawan mancanegara');
    await chat.getByTestId('faq-ask').click();
    expect(await chat.getByTestId('guestbook-question').inputValue()).toBe('Data kunjungan wisatawan mancanegara');
    expect(await demo.app.models.Conversation.countDocuments({ office: '5102' })).toBe(0);

    await supervisor.goto(`${demo.url}/agent/#/reports`);
    await supervisor.getByTestId('report-faq-answered').waitFor();
    expect(await supervisor.getByTestId('report-faq-answered').innerText()).toContain(': 1');
  });
});
