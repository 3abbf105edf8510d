import { describe, expect, it, vi } from 'vitest';
import { startWhatsappWorld, WA_SENDER } from './support/chat-app-world.ts';
import { textOf } from './support/fake-whatsapp.ts';

describe('the WhatsApp webhook', () => {
  it('refuses a POST without the app secret’s signature of its raw body, and stores a retried one once', async () => {
    const { world, whatsapp } = await startWhatsappWorld();
    const { body } = await (async () => {
      // A genuine webhook body, signed: the fake's own first delivery of it.
      const sent = await whatsapp.userSends(WA_SENDER, { text: 'Halo' });
      expect(sent.status).toBe(200);
      return sent;
    })();
    await vi.waitFor(async () =>
      expect(await world.app.models.ChannelUpdate.countDocuments({ status: 'processed' })).toBe(1),
    );
    await whatsapp.waitForSent((m) => textOf(m).includes('Siapa nama Anda?'));

    // Meta retries a delivery it had no 200 for: the same message is stored and answered once.
    expect(await whatsapp.postSigned(body)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await world.app.models.ChannelUpdate.countDocuments()).toBe(1);
    expect(whatsapp.sent()).toHaveLength(1);

    // No signature, another secret's, or a body changed after signing: refused, nothing stored.
    const other = body.replace('Halo', 'Halo lagi').replace(/wamid\.[\w-]+/, 'wamid.lain');
    expect(await whatsapp.postSigned(other, null)).toBe(401);
    expect(await whatsapp.postSigned(other, 'rahasia-lain-sekali')).toBe(401);
    const signedForOriginal = await fetch(`${world.url}/hooks/whatsapp/5102`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
      body: other,
    });
    expect(signedForOriginal.status).toBe(401);
    expect(await whatsapp.postSigned('{"object":', undefined)).toBe(400);
    expect(await world.app.models.ChannelUpdate.countDocuments()).toBe(1);

    // Another number's messages in a signed body are not this office's.
    const foreign = body.replace(whatsapp.phoneNumberId, '999999999999').replace(/wamid\.[\w-]+/, 'wamid.asing');
    expect(await whatsapp.postSigned(foreign)).toBe(200);
    expect(await world.app.models.ChannelUpdate.countDocuments()).toBe(1);

    // The stored secrets are sealed.
    const stored = JSON.stringify(await world.app.models.ChatChannel.findOne({ office: '5102' }).lean());
    expect(stored).not.toContain(whatsapp.appSecret);
    expect(stored).not.toContain(whatsapp.accessToken);
  });
});
