import type { ChatChannelView } from '@pst/protocol';
import { describe, expect, it, vi } from 'vitest';
import { SENDER, startTelegramWorld } from './support/chat-app-world.ts';
import { officerApi } from './support/officer-api.ts';

describe('the Telegram webhook', () => {
  it('refuses an update without the right secret before reading it, and stores a retried update once', async () => {
    const { world, telegram, bot, supervisor } = await startTelegramWorld();
    const webhook = telegram.webhookOf(bot.token);
    expect(webhook?.url).toBe(`${world.url}/hooks/telegram/5102`);
    expect(webhook?.secretToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    // The token is sealed at rest and never shown back, nor put in our webhook URL.
    const stored = await world.app.models.ChatChannel.findOne({ office: '5102' }).lean();
    expect(JSON.stringify(stored)).not.toContain(bot.token.split(':')[1]);
    expect(JSON.stringify(stored)).not.toContain(webhook?.secretToken);
    const listed = await officerApi(world, supervisor.cookie)<ChatChannelView[]>(
      'GET',
      '/api/admin/offices/5102/channels',
    );
    expect(listed.body).toEqual([
      expect.objectContaining({ channel: 'telegram', status: 'connected', account: '@sisusi_bot', mode: 'webhook' }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(bot.token.split(':')[1]);

    const update = {
      update_id: 900_001,
      message: {
        message_id: 1,
        from: { id: SENDER.id, is_bot: false, first_name: 'Ketut' },
        chat: { id: SENDER.id, type: 'private' },
        date: 0,
        text: 'Halo',
      },
    };
    expect(await telegram.post(bot.token, update, null)).toBe(401);
    expect(await telegram.post(bot.token, update, 'tebakan-salah')).toBe(401);
    expect(await telegram.post(bot.token, update, `${webhook?.secretToken}x`)).toBe(401);
    const garbage = await fetch(`${world.url}/hooks/telegram/5102`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhook?.secretToken ?? '' },
      body: '{"update_id": "not a number"',
    });
    expect(garbage.status).toBe(400);
    const otherOffice = await fetch(`${world.url}/hooks/telegram/5100`, { method: 'POST', body: '{}' });
    expect(otherOffice.status).toBe(404);
    expect(await world.app.models.ChannelUpdate.countDocuments()).toBe(0);
    expect(await world.app.models.ChannelContact.countDocuments()).toBe(0);

    // Telegram retries an update it had no 200 for: the second copy is stored once and changes nothing.
    expect(await telegram.post(bot.token, update)).toBe(200);
    expect(await telegram.post(bot.token, update)).toBe(200);
    await vi.waitFor(async () =>
      expect(await world.app.models.ChannelUpdate.find().lean()).toEqual([
        // Processed, its words are not kept here (the conversation has them); its id keeps a retry out.
        expect.objectContaining({ externalId: `${bot.id}:900001`, status: 'processed', payload: '' }),
      ]),
    );
    await telegram.waitForSent(bot.token, (m) => m.text.includes('Siapa nama Anda?'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(telegram.sent(bot.token)).toHaveLength(1);
  });

  it('disconnecting removes the webhook and the stored token; the hook then answers 404', async () => {
    const { world, telegram, bot, supervisor } = await startTelegramWorld();
    const api = officerApi(world, supervisor.cookie);
    expect((await api('DELETE', '/api/admin/offices/5102/channels/telegram')).status).toBe(204);
    expect(telegram.webhookOf(bot.token)).toBeUndefined();
    expect(await world.app.models.ChatChannel.countDocuments()).toBe(0);
    const hook = await fetch(`${world.url}/hooks/telegram/5102`, { method: 'POST', body: '{}' });
    expect(hook.status).toBe(404);
    const refused = await api('PUT', '/api/admin/offices/5102/channels/telegram', {
      botToken: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(JSON.stringify(refused.body)).toContain('Unauthorized');
    expect(JSON.stringify(refused.body)).not.toContain('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  });
});
