import { describe, expect, it } from 'vitest';
import { SENDER, say, startTelegramWorld } from './support/chat-app-world.ts';

describe('quick answers over Telegram', () => {
  it('are taken in the order they came, each after the one before', async () => {
    const { world, telegram, bot } = await startTelegramWorld();
    await say(telegram, bot.token, '/start');
    // Sent without waiting for the bot: each webhook is answered before its update is processed.
    for (const text of ['Ketut Suardana', 'ketut@example.ac.id', 'Universitas Pendidikan Ganesha']) {
      expect((await telegram.userSends(bot.token, SENDER, { text })).status).toBe(200);
    }
    await telegram.waitForSent(bot.token, (m) => m.text.includes('Pekerjaan'));
    const contact = await world.app.models.ChannelContact.findOne().lean();
    expect(contact?.dialog).toEqual({
      step: 'occupation',
      answers: { name: 'Ketut Suardana', email: 'ketut@example.ac.id', institution: 'Universitas Pendidikan Ganesha' },
    });
  });
});
