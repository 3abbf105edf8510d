import type { OfficeStatus, VisitorServerToClientEvents } from '@pst/protocol';
import { io as connect, type Socket } from 'socket.io-client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../src/config/logger.ts';
import { connectRedis } from '../src/edge/socket/redis.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { redisUrl } from './support/services.ts';

const redis = redisUrl();

describe.skipIf(!redis)('two server nodes sharing rooms through Redis', () => {
  it('an event emitted to a room on one node reaches a client connected to the other', async () => {
    const mongo = await connectTestDatabase();
    const redisA = await connectRedis(redis as string, createLogger('silent'));
    const redisB = await connectRedis(redis as string, createLogger('silent'));
    onTestFinished(async () => {
      await redisA.close();
      await redisB.close();
    });
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
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('connect_error', reject);
    });

    // Node A puts node B's socket into a room, then emits to that room.
    const room = 'test-room';
    nodeA.app.realtime.visitor.socketsJoin(room);
    await expect.poll(async () => (await nodeA.app.realtime.visitor.in(room).fetchSockets()).length).toBe(1);

    const status: OfficeStatus = { officeCode: '5102', open: true, available: true };
    const received = new Promise<OfficeStatus>((resolve) => client.once('office:status', resolve));
    nodeA.app.realtime.visitor.to(room).emit('office:status', status);
    expect(await received).toEqual(status);
  });
});
