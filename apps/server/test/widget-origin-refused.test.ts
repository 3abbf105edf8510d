import { describe, expect, it } from 'vitest';
import { createOffice, HOST_ORIGIN, startWorld } from './support/world.ts';

const info = async (url: string, origin?: string) =>
  (await fetch(`${url}/api/widget/5102`, { headers: origin ? { origin } : {} })).json();

describe("the widget's office info, asked from a host page", () => {
  it('tells a page whose origin is not allowed, with the line for its webmaster', async () => {
    const world = await startWorld({ settings: { env: 'production', publicOrigins: ['https://livechat.bps.go.id'] } });
    await createOffice(world, '5102');

    expect(await info(world.url, HOST_ORIGIN)).not.toHaveProperty('originRefused');
    expect(await info(world.url, 'https://livechat.bps.go.id')).not.toHaveProperty('originRefused');
    expect(await info(world.url)).not.toHaveProperty('originRefused');

    const refused = await info(world.url, 'https://blog.example.org');
    expect(refused.originRefused).toEqual({
      id: 'Chat tidak tersedia di halaman ini.',
      en: 'Chat is not available on this page.',
      log:
        'PST LiveChat: https://blog.example.org belum diizinkan memuat chat kantor 5102; supervisor kantor ' +
        'menambahkannya di https://livechat.bps.go.id/agent/#/settings (Pengaturan kantor › Origin yang diizinkan). / ' +
        "https://blog.example.org may not embed the chat of office 5102; the office's supervisor adds it at " +
        'https://livechat.bps.go.id/agent/#/settings (Office settings › Allowed origins).',
    });
    expect(await info(world.url, 'http://localhost:8080')).toHaveProperty('originRefused');

    // Allowed at once, without a restart.
    await world.app.models.Office.updateOne(
      { code: '5102' },
      { $push: { allowedOrigins: 'https://blog.example.org' } },
    );
    expect(await info(world.url, 'https://blog.example.org')).not.toHaveProperty('originRefused');
  });
});
