import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { xlsx } from '../support/files.ts';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

/** A real 1×1 PNG, as a pasted screenshot would be (a browser must be able to draw it). */
const SCREENSHOT = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe.skipIf(!executablePath)('files in a chat, in Chromium', () => {
  it('the visitor pastes a screenshot and the officer sees its thumbnail; the officer sends an xlsx; each downloads the other’s bytes', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitorPage = await demo.person();
    const chat = await openWidget(visitorPage, demo, '5108');
    await fillGuestBook(chat, { name: 'Kadek Ayu', question: 'Saya kirim tangkapan layar tabelnya.' });
    await officer.getByTestId('conversation-item').filter({ hasText: 'Kadek Ayu' }).click();

    // Paste, as Ctrl+V of a screenshot does: a paste event whose clipboard holds an image file.
    await chat.getByTestId('message-input').evaluate(
      (input, bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], 'tangkapan-layar.png', { type: 'image/png' }));
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [...SCREENSHOT],
    );
    await chat.locator('[data-testid="attachment"][data-state="ready"]').waitFor();
    await chat.getByTestId('message-send').click();

    const thumbnail = officer.locator('[data-testid="message"][data-author="visitor"] [data-testid="file-thumbnail"]');
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    const [imageDownload] = await Promise.all([
      officer.waitForEvent('download'),
      officer.locator('[data-testid="message"][data-author="visitor"] [data-testid="file-download"]').click(),
    ]);
    expect((await readFile(await imageDownload.path())).equals(SCREENSHOT)).toBe(true);

    // The officer attaches a workbook and sends it with a word.
    const workbook = xlsx(2000);
    await officer.getByTestId('attach-input').setInputFiles({
      name: 'PDRB 2020-2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await officer.locator('[data-testid="attachment"][data-state="ready"]').waitFor();
    await officer.getByTestId('reply-input').fill('Tabelnya terlampir.');
    await officer.getByTestId('reply-send').click();

    const card = chat.locator(
      '[data-testid="message"][data-author="officer"] [data-testid="file-card"][data-kind="xlsx"]',
    );
    await card.waitFor();
    expect(await card.innerText()).toContain('PDRB 2020-2025.xlsx');
    const [workbookDownload] = await Promise.all([
      visitorPage.waitForEvent('download'),
      card.getByTestId('file-download').click(),
    ]);
    expect(workbookDownload.suggestedFilename()).toBe('PDRB 2020-2025.xlsx');
    expect((await readFile(await workbookDownload.path())).equals(workbook)).toBe(true);
    expect(demo.dialogs).toEqual([]);
  });
});
