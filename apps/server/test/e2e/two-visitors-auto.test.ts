import { describe, expect, it } from 'vitest';
import { demoLogin, executablePath, fillGuestBook, officerOnline, openWidget, startDemo } from './demo.ts';

describe.skipIf(!executablePath)('two visitors, two officers, auto routing', () => {
  it('assigns each chat exactly once, one to each officer', async () => {
    const demo = await startDemo();
    const first = await demo.person();
    const second = await demo.person();
    await officerOnline(first, demo, demoLogin('5108', 1));
    await officerOnline(second, demo, demoLogin('5108', 2));

    const [ayu, budi] = [await demo.person(), await demo.person()];
    const chats = await Promise.all([openWidget(ayu, demo, '5108'), openWidget(budi, demo, '5108')]);
    await Promise.all([
      fillGuestBook(chats[0], { name: 'Ayu Lestari', question: 'Data PDRB?' }),
      fillGuestBook(chats[1], { name: 'Budi Santoso', question: 'Data kemiskinan?' }),
    ]);

    for (const officer of [first, second]) {
      await expect.poll(() => officer.getByTestId('conversation-item').count()).toBe(1);
    }
    const names = [
      await first.getByTestId('conversation-item').innerText(),
      await second.getByTestId('conversation-item').innerText(),
    ];
    expect(names.some((text) => text.includes('Ayu Lestari'))).toBe(true);
    expect(names.some((text) => text.includes('Budi Santoso'))).toBe(true);

    const conversations = await demo.app.models.Conversation.find({ office: '5108' });
    expect(conversations).toHaveLength(2);
    expect(new Set(conversations.map((c) => String(c.officer))).size).toBe(2);
    for (const conversation of conversations) {
      expect(await demo.app.models.Transition.countDocuments({ conversation: conversation._id, to: 'active' })).toBe(1);
    }
  });
});
