import { healthSchema } from '@pst/protocol';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { createLogger } from '../src/config/logger.ts';
import { connectRedis } from '../src/edge/socket/redis.ts';
import { connectMongo } from '../src/store/connect.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { redisUrl } from './support/services.ts';

async function get(url: string) {
  const res = await fetch(url);
  return { status: res.status, body: healthSchema.parse(await res.json()) };
}

describe('/healthz and /readyz', () => {
  it('are ok while MongoDB answers', async () => {
    const { url } = await startTestApp(await connectTestDatabase());
    expect(await get(`${url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get(`${url}/readyz`)).toEqual({
      status: 200,
      body: { status: 'ok', checks: { mongodb: { ok: true } } },
    });
  });

  it('/readyz answers 503 with the reason when MongoDB is gone; /healthz stays up', async () => {
    const mongo = await connectMongo(inject('mongoUri'), 'test_readyz_down');
    const { url } = await startTestApp(mongo);
    await mongo.close();

    const ready = await get(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('unavailable');
    expect(ready.body.checks?.mongodb?.ok).toBe(false);
    expect(ready.body.checks?.mongodb?.reason).toMatch(/not connected/);
    expect((await get(`${url}/healthz`)).status).toBe(200);
  });

  const redis = redisUrl();
  it.skipIf(!redis)('/readyz checks Redis when it is configured, and answers 503 when it is gone', async () => {
    const clients = await connectRedis(redis as string, createLogger('silent'));
    onTestFinished(() => clients.close());
    const { url } = await startTestApp(await connectTestDatabase(), { redis: clients });
    expect((await get(`${url}/readyz`)).body.checks?.redis).toEqual({ ok: true });

    // The connection readiness uses drops, as when Redis goes away.
    clients.pub.disconnect();
    const ready = await get(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body.checks?.redis?.ok).toBe(false);
    expect(ready.body.checks?.mongodb?.ok).toBe(true);
  });
});
