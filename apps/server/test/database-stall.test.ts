import { describe, expect, inject, it } from 'vitest';
import { connectMongo } from '../src/store/connect.ts';
import { settableClock } from '../src/time/clock.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { pausableProxy } from './support/pausable-proxy.ts';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  OPEN_TIME,
  request,
  visitorAsks,
} from './support/world.ts';

describe('a stalled database', () => {
  it('answers a send UNAVAILABLE within the deadline, and the resend after it returns is stored once', async () => {
    const direct = await connectTestDatabase();
    const proxy = await pausableProxy(inject('mongoUri'));
    const mongo = await connectMongo(proxy.uri, direct.name);
    const clock = settableClock(OPEN_TIME);
    const { app, url } = await startTestApp(mongo, { clock, settings: { env: 'test', requestDeadlineMs: 1_500 } });
    const world = { app, url, clock, mongo };
    await createOffice(world, '5102', { routingMode: 'auto' });
    await connectAgent(world, (await createOfficer(world, '5102')).cookie);
    const { socket, conversation } = await visitorAsks(world);

    const payload = { conversationId: conversation.id, clientMsgId: clientMsgId(), text: 'Masih di sana?' };
    proxy.pause();
    // Without a deadline this waits for the database and the test helper gives up after 10 s.
    const ack = await request(socket, 'message:send', payload);
    proxy.resume();

    expect(ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const resent = await request(socket, 'message:send', payload);
    expect(resent).toMatchObject({ ok: true, data: { text: 'Masih di sana?' } });
    expect(await app.models.Message.countDocuments({ clientMsgId: payload.clientMsgId })).toBe(1);
    await mongo.close();
  });
});
