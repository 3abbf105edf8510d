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
  ok,
  request,
  visitorAsks,
} from './support/world.ts';

const CAPACITY = 3;

describe('a node at capacity', () => {
  it('answers requests beyond it UNAVAILABLE at once, and the retry with the same clientMsgId is stored once', async () => {
    const direct = await connectTestDatabase();
    const proxy = await pausableProxy(inject('mongoUri'));
    const mongo = await connectMongo(proxy.uri, direct.name);
    const clock = settableClock(OPEN_TIME);
    const { app, url } = await startTestApp(mongo, {
      clock,
      settings: { env: 'test', maxInFlightRequests: CAPACITY, requestDeadlineMs: 20_000 },
    });
    const world = { app, url, clock, mongo };
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officerTab = await connectAgent(world, (await createOfficer(world, '5102')).cookie);
    const first = await visitorAsks(world, 'Pertanyaan satu');
    const second = await visitorAsks(world, 'Pertanyaan dua');
    const send = ({ socket, conversation }: typeof first, text: string) => {
      const payload = { conversationId: conversation.id, clientMsgId: clientMsgId(), text };
      return { socket, payload, ack: request(socket, 'message:send', payload) };
    };

    // The database stalls: the node keeps working on what it admitted and admits nothing more.
    proxy.pause();
    const admitted = [1, 2, 3].map((n) => send(first, `Pesan ${n}`));
    let answered = 0;
    for (const { ack } of admitted) void ack.then(() => answered++);
    // One socket's events reach the handlers in order: the fourth finds the node at capacity, answered at once.
    const beyond = [send(first, 'Pesan 4')];
    expect(await beyond[0]?.ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    // So does any other request to this node, from another visitor or on the other namespace.
    beyond.push(send(second, 'Pesan 5'));
    expect(await beyond[1]?.ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await request(officerTab, 'inbox:sync', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(answered).toBe(0);

    proxy.resume();
    for (const { ack } of admitted) expect(await ack).toMatchObject({ ok: true });
    // The retries, as clients make them: the same clientMsgId, stored once however often it is resent.
    for (const { socket, payload } of beyond) {
      expect(await request(socket, 'message:send', payload)).toMatchObject({ ok: true, data: { text: payload.text } });
      expect(await request(socket, 'message:send', payload)).toMatchObject({ ok: true });
    }
    for (const { payload } of [...admitted, ...beyond]) {
      expect(await app.models.Message.countDocuments({ clientMsgId: payload.clientMsgId })).toBe(1);
    }
    expect((await ok(officerTab, 'inbox:sync', {})).mine).toHaveLength(2);
    await mongo.close();
  });
});
