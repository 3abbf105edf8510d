import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { createOffice, createOfficer, startWorld } from './support/world.ts';

type Outcome = { connected: true } | { connected: false; message: string; data: unknown };

/**
 * Opens an /agent socket with a live session cookie, as a page on `origin` would
 * (over WebSocket), or with only `Sec-Fetch-Site` as a browser's same-origin
 * long-polling GET, and reports whether the handshake let it in.
 */
function handshake(url: string, cookie: string, origin?: string, secFetchSite?: string): Promise<Outcome> {
  const socket = io(`${url}/agent`, {
    transports: [secFetchSite ? 'polling' : 'websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: {
      cookie,
      ...(origin === undefined ? {} : { origin }),
      ...(secFetchSite === undefined ? {} : { 'sec-fetch-site': secFetchSite }),
    },
  });
  return new Promise<Outcome>((resolve) => {
    socket.once('connect', () => resolve({ connected: true }));
    socket.once('connect_error', (error: Error & { data?: unknown }) =>
      resolve({ connected: false, message: error.message, data: error.data }),
    );
  }).finally(() => socket.disconnect());
}

const refused = {
  connected: false,
  message: 'ORIGIN_NOT_ALLOWED',
  data: { code: 'ORIGIN_NOT_ALLOWED', message: expect.any(String) },
};

describe('the /agent handshake', () => {
  it("admits only the server's own origins, even with a live session cookie", async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const { cookie } = await createOfficer(world, '5102');
    const own = new URL(world.url);

    expect(await handshake(world.url, cookie, world.url)).toEqual({ connected: true });
    // A page on another port of the same host would otherwise ride on the officer's cookie.
    expect(await handshake(world.url, cookie, `http://${own.hostname}:${Number(own.port) + 1}`)).toEqual(refused);
    expect(await handshake(world.url, cookie, `https://${own.host}`)).toEqual(refused);
    expect(await handshake(world.url, cookie, `http://localhost:${own.port}`)).toEqual(refused);
    expect(await handshake(world.url, cookie, 'https://evil.example')).toEqual(refused);
    expect(await handshake(world.url, cookie, 'null')).toEqual(refused);
    expect(await handshake(world.url, cookie)).toEqual(refused);
  });

  it("admits a browser's same-origin long-polling request, which has no Origin, and refuses another site's", async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const { cookie } = await createOfficer(world, '5102');

    expect(await handshake(world.url, cookie, undefined, 'same-origin')).toEqual({ connected: true });
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect(await handshake(world.url, cookie, undefined, site), site).toEqual(refused);
    }
    // An Origin, when sent, decides.
    expect(await handshake(world.url, cookie, 'https://evil.example', 'same-origin')).toEqual(refused);
  });

  it('admits each configured public origin, exactly', async () => {
    const publicOrigins = ['https://livechat.bps.go.id', 'https://chat.bps.go.id:8443'];
    const world = await startWorld({ settings: { env: 'production', publicOrigins } });
    await createOffice(world, '5102');
    const { cookie } = await createOfficer(world, '5102');

    for (const origin of publicOrigins) expect(await handshake(world.url, cookie, origin)).toEqual({ connected: true });
    expect(await handshake(world.url, cookie, 'https://chat.bps.go.id')).toEqual(refused);
    expect(await handshake(world.url, cookie, 'https://livechat.bps.go.id.evil.example')).toEqual(refused);
    expect(await handshake(world.url, cookie, world.url)).toEqual(refused);
  });
});
