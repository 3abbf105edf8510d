import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('a whole consultation in Chromium', () => {
  it('manual routing: accept, reply, typing both ways, close with a topic, rating 4; all stored as shown', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5102', 1));

    const visitor = await demo.person({ width: 390, height: 800 });
    const chat = await openWidget(visitor, demo, '5102');
    await fillGuestBook(chat, { question: 'Berapa jumlah penduduk Kabupaten Tabanan tahun 2025?' });
    await expect.poll(() => chat.getByTestId('queue-position').innerText()).toMatch(/1/);

    // Tabanan routes manually: the officer accepts from the queue.
    await officer.getByTestId('queue-item').filter({ hasText: 'Made Wirawan' }).getByTestId('accept-chat').click();
    await officer.getByTestId('visitor-card').filter({ hasText: 'Universitas Udayana' }).waitFor();
    await officer
      .getByTestId('message')
      .filter({ hasText: 'Berapa jumlah penduduk' })
      .and(officer.locator('[data-author="visitor"]'))
      .waitFor();

    // Each sees the other typing.
    await officer.getByTestId('reply-input').pressSequentially('Jumlah penduduk', { delay: 20 });
    await chat.getByTestId('typing-indicator').waitFor();
    await chat.getByTestId('message-input').pressSequentially('Terima', { delay: 20 });
    await officer.getByTestId('typing-indicator').waitFor();
    await chat.getByTestId('message-input').fill('');

    await officer.getByTestId('reply-input').fill('Jumlah penduduk Tabanan 2025 adalah 476,8 ribu jiwa.');
    await officer.getByTestId('reply-send').click();
    await chat
      .locator('[data-testid="message"][data-author="officer"]')
      .filter({ hasText: '476,8 ribu jiwa' })
      .waitFor();

    await chat.getByTestId('message-input').fill('Terima kasih banyak!');
    await chat.getByTestId('message-send').click();
    await officer
      .locator('[data-testid="message"][data-author="visitor"]')
      .filter({ hasText: 'Terima kasih banyak!' })
      .waitFor();

    // The officer closes with a topic; the visitor rates 4 with a comment.
    await officer.getByTestId('close-chat').click();
    await officer.getByTestId('close-topic').selectOption('data');
    await officer.getByTestId('close-confirm').click();
    await chat.getByTestId('chat-closed').waitFor();
    await chat.getByTestId('rating-star-4').click();
    await chat.getByTestId('rating-comment').fill('Jawabannya cepat dan jelas.');
    await chat.getByTestId('rating-submit').click();
    await chat.getByTestId('rating-thanks').waitFor();

    // Through the API: transcript, rating, guest book and audit trail as shown.
    const conversation = await demo.app.models.Conversation.findOne({ office: '5102' });
    const res = await officer.request.get(`${demo.url}/api/conversations/${conversation?._id}`);
    expect(res.status()).toBe(200);
    const { conversation: detail, messages } = await res.json();
    expect(detail).toMatchObject({
      status: 'closed',
      topic: 'data',
      closeReason: 'resolved',
      rating: { score: 4, comment: 'Jawabannya cepat dan jelas.' },
      visitor: { name: 'Made Wirawan', email: 'made.wirawan@example.ac.id', institution: 'Universitas Udayana' },
    });
    expect(detail.pageUrl).toBe(`${demo.url}/demo/5102`);
    expect(detail.audit.map((entry: { to: string; reason: string }) => `${entry.to}:${entry.reason}`)).toEqual([
      'queued:started',
      'active:accepted',
      'closed:resolved',
      'closed:rated',
    ]);
    const transcript = messages.map((m: { author: string; text: string }) => [m.author, m.text]);
    expect(transcript.filter(([author]: string[]) => author !== 'system')).toEqual([
      ['visitor', 'Berapa jumlah penduduk Kabupaten Tabanan tahun 2025?'],
      ['officer', 'Jumlah penduduk Tabanan 2025 adalah 476,8 ribu jiwa.'],
      ['visitor', 'Terima kasih banyak!'],
    ]);
  });

  it('auto routing: the chat is assigned without an accept and the officer replies', async () => {
    const demo = await startDemo();
    const officer = await demo.person();
    await officerOnline(officer, demo, demoLogin('5108', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { question: 'Metadata IPM Buleleng?' });

    await officer.getByTestId('conversation-item').filter({ hasText: 'Made Wirawan' }).click();
    await officer.getByTestId('reply-input').fill('Silakan lihat metadata IPM di situs kami.');
    await officer.getByTestId('reply-input').press('Enter');
    await chat.locator('[data-testid="message"][data-author="officer"]').filter({ hasText: 'metadata IPM' }).waitFor();
    const stored = await demo.app.models.Conversation.findOne({ office: '5108' });
    expect(stored?.audit.map((entry) => entry.reason)).toEqual(['started', 'assigned']);
  });
});
