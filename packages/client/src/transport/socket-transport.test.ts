import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ack, VisitorClientToServerEvents } from '@pst/protocol';
import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createSocketTransport } from './socket-transport.ts';
import type { RequestData, RequestEvent, Transport, TransportStatus } from './transport.ts';

interface ClientEvents {
  echo: (payload: { text: string }, ack: (reply: Ack<{ text: string }>) => void) => void;
  silence: (payload: Record<string, never>, ack: (reply: Ack<null>) => void) => void;
  'typing:set': (payload: { typing: boolean }) => void;
}
interface ServerEvents {
  news: (payload: { n: number }) => void;
}

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A real Socket.IO server on a free port, with a `/test` namespace. */
async function startServer(setup: (socket: Socket) => void = () => {}) {
  const http = createServer();
  const io = new Server(http);
  const namespace = io.of('/test');
  namespace.on('connection', setup);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => io.close(() => resolve())));
  return { namespace, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/test` };
}

function client(url: string, ackTimeoutMs = 2000) {
  const transport = createSocketTransport<ClientEvents, ServerEvents, { token: string }>({
    url,
    ackTimeoutMs,
    socket: { transports: ['websocket'], reconnectionDelay: 20, reconnectionDelayMax: 50 },
  });
  const statuses: TransportStatus['kind'][] = [];
  transport.onStatus((status) => statuses.push(status.kind));
  closers.push(() => transport.close());
  return { transport, statuses };
}

const next = (transport: Transport<ClientEvents, ServerEvents, { token: string }>, kind: TransportStatus['kind']) =>
  new Promise<TransportStatus>((resolve) => {
    const stop = transport.onStatus((status) => {
      if (status.kind !== kind) return;
      stop();
      resolve(status);
    });
  });

describe('the socket transport', () => {
  it('types requests by the protocol’s event maps', () => {
    expectTypeOf<RequestEvent<ClientEvents>>().toEqualTypeOf<'echo' | 'silence'>();
    expectTypeOf<RequestData<ClientEvents, 'echo'>>().toEqualTypeOf<{ text: string }>();
    expectTypeOf<RequestEvent<VisitorClientToServerEvents>>().toEqualTypeOf<
      | 'visitor:consent'
      | 'visitor:register'
      | 'conversation:current'
      | 'conversation:start'
      | 'message:send'
      | 'conversation:sync'
      | 'read:mark'
      | 'conversation:end'
      | 'conversation:rate'
      | 'conversation:survey'
      | 'conversation:transcript'
      | 'data:request'
      | 'data:confirm'
    >();
  });

  it('connects with the auth of the moment, requests, notifies and listens', async () => {
    const notified: unknown[] = [];
    const { namespace, url } = await startServer((socket) => {
      socket.on('echo', (payload, ack) =>
        ack({ ok: true, data: { text: `${payload.text} ${socket.handshake.auth.token}` } }),
      );
      socket.on('typing:set', (payload) => notified.push(payload));
    });
    const { transport } = client(url);
    const news: unknown[] = [];
    transport.on('news', (payload) => news.push(payload));
    transport.connect(() => ({ token: 'abc' }));
    await next(transport, 'connected');
    expect(transport.connected).toBe(true);
    expect(await transport.request('echo', { text: 'halo' })).toEqual({ ok: true, data: { text: 'halo abc' } });
    transport.notify('typing:set', { typing: true });
    namespace.emit('news', { n: 1 });
    await expect.poll(() => [notified, news]).toEqual([[{ typing: true }], [{ n: 1 }]]);
  });

  it('answers UNAVAILABLE at once while disconnected, and after the ack timeout when no answer comes', async () => {
    const { url } = await startServer(() => {});
    const { transport } = client(url, 50);
    expect(await transport.request('echo', { text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
      noAnswer: 'offline',
    });
    transport.connect();
    await next(transport, 'connected');
    expect(await transport.request('silence', {})).toMatchObject({ ok: false, noAnswer: 'timeout' });
  });

  it('reports a refused handshake with its code, and tries again only when asked', async () => {
    let refuse = true;
    const { namespace, url } = await startServer();
    namespace.use((_socket, proceed) =>
      proceed(
        refuse ? Object.assign(new Error('no'), { data: { code: 'ORIGIN_NOT_ALLOWED', message: 'no' } }) : undefined,
      ),
    );
    const { transport, statuses } = client(url);
    transport.connect();
    expect(await next(transport, 'refused')).toEqual({ kind: 'refused', code: 'ORIGIN_NOT_ALLOWED' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(statuses).toEqual(['refused']);
    refuse = false;
    transport.connect();
    await next(transport, 'connected');
  });

  it('reconnects by itself after a dropped link and after a drop the server chose', async () => {
    const sockets: Socket[] = [];
    const { url } = await startServer((socket) => sockets.push(socket));
    const { transport, statuses } = client(url);
    transport.connect();
    await next(transport, 'connected');
    sockets[0]?.conn.close();
    await next(transport, 'connected');
    sockets[1]?.disconnect(true);
    await next(transport, 'connected');
    expect(statuses.filter((kind) => kind !== 'retrying')).toEqual([
      'connected',
      'lost',
      'connected',
      'lost',
      'connected',
    ]);
  });

  it('reports nothing after close', async () => {
    const { url } = await startServer();
    const { transport, statuses } = client(url);
    transport.connect();
    await next(transport, 'connected');
    transport.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statuses).toEqual(['connected']);
    expect(transport.connected).toBe(false);
  });
});
