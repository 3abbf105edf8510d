import type { Ack } from '@pst/protocol';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { settableClock } from '../src/time/clock.ts';
import { startTestApp } from './support/app.ts';
import { connectTestDatabase } from './support/mongo.ts';
import { clientMsgId, connectAgent, createOffice, createOfficer, OPEN_TIME, visitorAsks } from './support/world.ts';

describe('a node stopping', () => {
  it('answers every request in flight (stored, or UNAVAILABLE to retry), logs no error, and frees its clients', async () => {
    const mongo = await connectTestDatabase();
    const logged: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    const clock = settableClock(OPEN_TIME);
    const { app, url } = await startTestApp(mongo, { clock, logger, settings: { env: 'test' } });
    const world = { app, url, clock, mongo };
    await createOffice(world, '5102', { routingMode: 'auto' });
    await connectAgent(world, (await createOfficer(world, '5102')).cookie);
    const { socket, conversation } = await visitorAsks(world);

    const sends = Array.from({ length: 15 }, (_, i) => ({
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: `Pesan ${i}`,
    }));
    const acks = sends.map(
      (payload) => socket.timeout(10_000).emitWithAck('message:send', payload) as Promise<Ack<{ clientMsgId: string }>>,
    );
    // Stop while the sends are on their way and being handled.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await app.close();

    const answers = await Promise.all(acks);
    for (const answer of answers) {
      if (!answer.ok) expect(answer.error.code).toBe('UNAVAILABLE');
    }
    const stored = await app.models.Message.find({ clientMsgId: { $in: sends.map((s) => s.clientMsgId) } }).lean();
    const acked = answers.flatMap((answer) => (answer.ok ? [answer.data.clientMsgId] : []));
    expect(stored.map((message) => message.clientMsgId).sort()).toEqual(acked.sort());
    expect(await dropped).toBe('io server disconnect');
    expect(logged).toEqual([]);
  });
});
