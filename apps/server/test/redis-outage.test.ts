import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import type { OfficeStatus, VisitorServerToClientEvents } from '@pst/protocol';
import { io as connect, type Socket } from 'socket.io-client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../src/config/logger.ts';
import { connectRedis } from '../src/edge/socket/redis.ts';
import { settableClock } from '../src/time/clock.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { redisUrl } from './support/services.ts';
import { connectAgent, createOffice, createOfficer, OPEN_TIME } from './support/world.ts';

const hasRedis = redisUrl() !== undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A Redis of this test's own, so it can be killed and started again on the same port. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  onTestFinished(() => {
    redis.kill('SIGKILL');
  });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.destroy() !== undefined));
      socket.on('error', () => resolve(false));
    });
    if (up) return redis;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('redis-server did not start');
}

async function killRedis(redis: ChildProcess): Promise<void> {
  redis.kill('SIGKILL');
  await once(redis, 'exit');
}

const ready = async (url: string) => (await fetch(`${url}/readyz`)).status;

describe.skipIf(!hasRedis)('Redis going away', () => {
  it('is survived: no crash, /readyz says so, one warning; live events between nodes resume when it returns', {
    timeout: 60_000,
  }, async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    onTestFinished(() => {
      process.off('unhandledRejection', onRejection);
    });

    const port = await freePort();
    let redis = await startRedis(port);
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = ((_obj: unknown, message?: string) => warnings.push(String(message))) as typeof logger.warn;
    const url = `redis://127.0.0.1:${port}`;
    const [redisA, redisB] = [await connectRedis(url, logger), await connectRedis(url, createLogger('silent'))];
    onTestFinished(async () => {
      await redisA.close();
      await redisB.close();
    });
    const mongo = await connectTestDatabase();
    const nodeA = await startTestApp(mongo, { redis: redisA });
    const nodeB = await startTestApp(mongo, { redis: redisB });
    await nodeA.app.models.Office.create({ code: '5102', name: 'BPS Kabupaten Tabanan', timeZone: 'Asia/Makassar' });
    const client: Socket<VisitorServerToClientEvents> = connect(`${nodeB.url}/visitor`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { officeCode: '5102' },
      extraHeaders: { origin: 'http://localhost:8080' },
    });
    onTestFinished(() => {
      client.disconnect();
    });
    await new Promise((resolve) => client.once('connect', () => resolve(undefined)));
    const room = 'outage-room';
    // Joined on node B itself, as the handlers join rooms (`socket.join`). The adapter's `socketsJoin` would go
    // through Redis even for this node's own sockets (a request each node, this one too, applies when it hears
    // it): killed right after, the join was lost in about one run of ten, and the event had nobody to reach.
    nodeB.app.realtime.visitor.local.socketsJoin(room);
    const status = (open: boolean): OfficeStatus => ({ officeCode: '5102', open, available: open });
    const heard: OfficeStatus[] = [];
    client.on('office:status', (received) => heard.push(received));

    await killRedis(redis);
    // Node A keeps emitting while Redis is away: each publish fails, none may end the process.
    for (let i = 0; i < 20; i++) nodeA.app.realtime.visitor.to(room).emit('office:status', status(false));
    await expect.poll(() => ready(nodeA.url)).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(rejections).toEqual([]);
    expect(warnings).toHaveLength(1);

    redis = await startRedis(port);
    await expect.poll(() => ready(nodeA.url), { timeout: 10_000 }).toBe(200);
    // Both nodes' subscribers reconnect and resubscribe by themselves (ioredis' autoResubscribe), each on its
    // own backoff; a publish in the moment between 'ready' and the resubscription is missed, so emit until heard.
    await expect
      .poll(() => [redisA.sub.status, redisB.sub.status, redisA.pub.status].join(), { timeout: 20_000 })
      .toBe('ready,ready,ready');
    await expect
      .poll(
        () => {
          nodeA.app.realtime.visitor.to(room).emit('office:status', status(true));
          return heard.some((received) => received.open);
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
  });

  it('lets a node start while Redis is down, degraded, and become ready when Redis comes', async () => {
    const port = await freePort();
    const redisClients = await connectRedis(`redis://127.0.0.1:${port}`, createLogger('silent'));
    onTestFinished(() => redisClients.close());
    const { url } = await startTestApp(await connectTestDatabase(), { redis: redisClients });
    expect(await ready(url)).toBe(503);
    await startRedis(port);
    await expect.poll(() => ready(url), { timeout: 10_000 }).toBe(200);
  });

  it('still disconnects a signed-out session’s tabs on this node while Redis is away', async () => {
    const port = await freePort();
    const redis = await startRedis(port);
    const redisClients = await connectRedis(`redis://127.0.0.1:${port}`, createLogger('silent'));
    onTestFinished(() => redisClients.close());
    const mongo = await connectTestDatabase();
    const { app, url } = await startTestApp(mongo, { redis: redisClients });
    const world = { app, url, mongo, clock: settableClock(OPEN_TIME) };
    await createOffice(world, '5102');
    const { cookie } = await createOfficer(world, '5102');
    const tab = await connectAgent(world, cookie);
    const gone = new Promise((resolve) => tab.once('disconnect', resolve));

    await killRedis(redis);
    await expect.poll(() => ready(url)).toBe(503);
    const res = await fetch(`${url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
  });
});
