import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { createOffice, HOST_ORIGIN, startWorld } from './support/world.ts';

type Outcome = { connected: true } | { connected: false; message: string; data: unknown };

/** Opens a /visitor socket as a browser on `origin` would, and reports whether the handshake let it in. */
function handshake(url: string, auth: unknown, origin?: string): Promise<Outcome> {
  const socket = io(`${url}/visitor`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: auth as Record<string, unknown>,
    extraHeaders: origin ? { origin } : {},
  });
  return new Promise<Outcome>((resolve) => {
    socket.once('connect', () => resolve({ connected: true }));
    socket.once('connect_error', (error: Error & { data?: unknown }) =>
      resolve({ connected: false, message: error.message, data: error.data }),
    );
  }).finally(() => socket.disconnect());
}

const refused = (code: string) => ({ connected: false, message: code, data: { code, message: expect.any(String) } });

describe('the /visitor handshake', () => {
  it("admits the office's allowed origins and refuses any other, or none", async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const auth = { officeCode: '5102' };
    expect(await handshake(world.url, auth, HOST_ORIGIN)).toEqual({ connected: true });
    expect(await handshake(world.url, auth, 'https://phishing.example')).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    // Near misses: another scheme, another port, a look-alike host.
    expect(await handshake(world.url, auth, 'http://tabanankab.bps.go.id')).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    expect(await handshake(world.url, auth, `${HOST_ORIGIN}:8443`)).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    expect(await handshake(world.url, auth, `${HOST_ORIGIN}.evil.example`)).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    expect(await handshake(world.url, auth, 'null')).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    expect(await handshake(world.url, auth)).toEqual(refused('ORIGIN_NOT_ALLOWED'));
  });

  it("admits the widget iframe's own long-polling without an Origin, but not another site of this host", async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const poll = (site: string) =>
      fetch(`${world.url}/socket.io/?EIO=4&transport=polling`, { headers: { 'sec-fetch-site': site } })
        .then((response) => response.text())
        .then((text) => JSON.parse(text.slice(1)) as { sid: string })
        .then(async ({ sid }) => {
          const url = `${world.url}/socket.io/?EIO=4&transport=polling&sid=${sid}`;
          const headers = { 'sec-fetch-site': site, 'content-type': 'text/plain' };
          await fetch(url, { method: 'POST', headers, body: '40/visitor,{"officeCode":"5102"}' });
          return (await fetch(url, { headers })).text();
        });
    expect(await poll('same-origin')).toMatch(/^40\/visitor,\{"sid"/);
    expect(await poll('same-site')).toContain('ORIGIN_NOT_ALLOWED');
  });

  it('refuses an unknown office with UNKNOWN_OFFICE and a malformed auth with BAD_REQUEST', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    expect(await handshake(world.url, { officeCode: '9999' }, HOST_ORIGIN)).toEqual(refused('UNKNOWN_OFFICE'));
    for (const auth of [
      {},
      { officeCode: 5102 },
      { officeCode: '510' },
      { officeCode: { $ne: null } },
      { officeCode: { $regex: '.*' } },
      { officeCode: '5102', token: { $ne: null } },
      { officeCode: '5102', token: 'short' },
    ]) {
      expect(await handshake(world.url, auth, HOST_ORIGIN), JSON.stringify(auth)).toEqual(refused('BAD_REQUEST'));
    }
  });

  it('admits localhost in tests, but not in production, where only configured origins pass', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080']) {
      expect(await handshake(world.url, { officeCode: '5102' }, origin)).toEqual({ connected: true });
    }

    const { app, url } = await startTestApp(await connectTestDatabase(), {
      settings: { env: 'production', publicOrigins: ['https://livechat.bps.go.id'] },
    });
    await app.models.Office.create({
      code: '5102',
      name: 'BPS Kabupaten Tabanan',
      timeZone: 'Asia/Makassar',
      allowedOrigins: [HOST_ORIGIN],
    });
    const auth = { officeCode: '5102' };
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(await handshake(url, auth, origin), origin).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    }
    expect(await handshake(url, auth)).toEqual(refused('ORIGIN_NOT_ALLOWED'));
    expect(await handshake(url, auth, HOST_ORIGIN)).toEqual({ connected: true });
    expect(await handshake(url, auth, 'https://livechat.bps.go.id')).toEqual({ connected: true });
  });
});
