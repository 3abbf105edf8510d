import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)("another office's officer", () => {
  it('cannot see or open the chat', async () => {
    const demo = await startDemo();
    const own = await demo.person();
    const other = await demo.person();
    await officerOnline(own, demo, demoLogin('5108', 1));
    await officerOnline(other, demo, demoLogin('5102', 1));
    const visitor = await demo.person();
    const chat = await openWidget(visitor, demo, '5108');
    await fillGuestBook(chat, { name: 'Rahasia Buleleng', question: 'Data untuk Buleleng saja' });
    await own.getByTestId('conversation-item').filter({ hasText: 'Rahasia Buleleng' }).waitFor();

    // A Tabanan visitor asks too: once the Tabanan officer sees that chat, their inbox is loaded.
    const neighbour = await demo.person();
    await fillGuestBook(await openWidget(neighbour, demo, '5102'), { name: 'Tamu Tabanan', question: 'Data Tabanan' });
    await other.getByTestId('queue-item').filter({ hasText: 'Tamu Tabanan' }).waitFor();
    await other.reload();
    await other.getByTestId('queue-item').filter({ hasText: 'Tamu Tabanan' }).waitFor();
    expect(await other.getByText('Rahasia Buleleng').count()).toBe(0);
    const conversation = await demo.app.models.Conversation.findOne({ office: '5108' });
    const res = await other.request.get(`${demo.url}/api/conversations/${conversation?._id}`);
    expect(res.status()).toBe(404);
  });
});
