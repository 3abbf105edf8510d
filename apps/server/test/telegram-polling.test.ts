import { describe, expect, it } from 'vitest';
import { chatChannelSettings, SENDER, startTelegramWorld } from './support/chat-app-world.ts';
import { startWorld } from './support/world.ts';

describe('Telegram long polling', () => {
  it('two nodes poll the bot, one at a time: each update is taken and answered once, and confirmed', async () => {
    const { world, telegram, bot } = await startTelegramWorld('polling');
    expect(telegram.webhookOf(bot.token)).toBeUndefined();
    const second = await startWorld({
      mongo: world.mongo,
      settings: chatChannelSettings({ telegramApiRoot: telegram.url }),
    });

    await telegram.userSends(bot.token, SENDER, { text: '/start' });
    await Promise.all([world.app.runChatChannelJobs(), second.app.runChatChannelJobs()]);
    await telegram.waitForSent(bot.token, (m) => m.text.includes('Siapa nama Anda?'));

    await telegram.userSends(bot.token, SENDER, { text: 'Ketut Suardana' });
    for (const node of [world, second]) node.clock.set(new Date(node.clock.now().getTime() + 3_000));
    await Promise.all([world.app.runChatChannelJobs(), second.app.runChatChannelJobs()]);
    await telegram.waitForSent(bot.token, (m) => m.text.includes('e-mail'));

    // Nothing new: a third turn answers nothing again (the offset confirmed both updates).
    for (const node of [world, second]) node.clock.set(new Date(node.clock.now().getTime() + 3_000));
    await Promise.all([world.app.runChatChannelJobs(), second.app.runChatChannelJobs()]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(telegram.sent(bot.token)).toHaveLength(2);
    expect(await world.app.models.ChannelUpdate.countDocuments({ status: 'processed' })).toBe(2);
    const channel = await world.app.models.ChatChannel.findOne({ office: '5102' }).lean();
    expect(channel?.pollOffset).toBe(100_002);
    expect(channel?.lastError).toBeUndefined();
  });
});
