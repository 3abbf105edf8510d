import { describe, expect, it } from 'vitest';
import { SENDER, startTelegramWorld } from './support/chat-app-world.ts';

describe('a chat app update whose node stopped before processing it', () => {
  it('is processed by the chat-channel job a minute later, once', async () => {
    const { world, telegram, bot } = await startTelegramWorld();
    // What a node leaves behind when it stops between storing the update and processing it.
    await telegram.userSends(bot.token, SENDER, { text: 'warm-up' }).catch(() => {});
    await telegram.waitForSent(bot.token, () => true);
    await world.app.models.ChannelUpdate.create({
      channel: 'telegram',
      externalId: `${bot.id}:555`,
      office: '5102',
      payload: JSON.stringify({
        update_id: 555,
        message: {
          message_id: 9,
          from: { id: SENDER.id },
          chat: { id: SENDER.id, type: 'private' },
          date: 0,
          text: 'Ketut',
        },
      }),
      status: 'received',
      receivedAt: world.clock.now(),
    });
    await world.app.runChatChannelJobs();
    expect(await world.app.models.ChannelUpdate.countDocuments({ status: 'received' })).toBe(1);

    world.clock.set(new Date(world.clock.now().getTime() + 61_000));
    await world.app.runChatChannelJobs();
    expect(await world.app.models.ChannelUpdate.countDocuments({ status: 'processed' })).toBe(2);
    // The name was taken as the guest book's first answer: the next question comes.
    await telegram.waitForSent(bot.token, (m) => m.text.includes('e-mail'));
    world.clock.set(new Date(world.clock.now().getTime() + 61_000));
    await world.app.runChatChannelJobs();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(telegram.sent(bot.token)).toHaveLength(2);
  });
});
