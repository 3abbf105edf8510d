import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  connectVisitor,
  createOffice,
  createOfficer,
  guestBook,
  ok,
  request,
  startWorld,
  type World,
} from './support/world.ts';

const SPAMMER = '203.0.113.7';
const quotas = {
  windowMs: 60_000,
  registrationsPerIp: 5,
  startsPerIp: 3,
  registrationsPerOffice: 100,
  startsPerOffice: 100,
};

/** One fake visitor of a script: a socket, a guest book, a question; returns the two acks' codes. */
async function fakeVisitor(world: World, address: string, office = '5102') {
  const socket = await connectVisitor(world, office, { address });
  const registered = await request(socket, 'visitor:register', { guestBook: guestBook('Spam Bot') });
  if (!registered.ok) return { register: registered.error.code };
  const started = await request(socket, 'conversation:start', { question: 'Promo!', clientMsgId: clientMsgId() });
  socket.disconnect();
  return { register: 'ok', start: started.ok ? 'ok' : started.error.code };
}

describe('guest-book and consultation quotas', () => {
  it('refuses a script on one IP address with RATE_LIMITED while a visitor from elsewhere starts at once', async () => {
    const world = await startWorld({ settings: { visitorQuotas: quotas } });
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102');
    await connectAgent(world, officer.cookie);

    const spam = Promise.all(Array.from({ length: 15 }, () => fakeVisitor(world, SPAMMER)));
    const began = performance.now();
    const genuine = await connectVisitor(world, '5102', { address: '198.51.100.20' });
    await ok(genuine, 'visitor:register', { guestBook: guestBook() });
    const started = await ok(genuine, 'conversation:start', {
      question: 'Data kemiskinan?',
      clientMsgId: clientMsgId(),
    });
    const tookMs = performance.now() - began;
    const results = await spam;

    expect(started.conversation.status).toBe('queued');
    expect(tookMs).toBeLessThan(3_000);
    expect(results.filter((result) => result.register === 'ok')).toHaveLength(5);
    expect(results.filter((result) => result.register === 'RATE_LIMITED')).toHaveLength(10);
    expect(results.filter((result) => result.start === 'ok')).toHaveLength(3);
    expect(results.filter((result) => result.start === 'RATE_LIMITED')).toHaveLength(2);
    expect(await world.app.models.Conversation.countDocuments({ office: '5102' })).toBe(4);

    // The window passes: the same address may come again.
    world.clock.advance(61_000);
    expect(await fakeVisitor(world, SPAMMER)).toEqual({ register: 'ok', start: 'ok' });
  });

  it('limits guest books and consultations per office, whatever the addresses', async () => {
    const world = await startWorld({
      settings: { visitorQuotas: { ...quotas, registrationsPerOffice: 4, startsPerOffice: 2 } },
    });
    await createOffice(world, '5102', { routingMode: 'manual' });
    await createOffice(world, '5108', { routingMode: 'manual' });
    const results = [];
    for (let n = 1; n <= 6; n++) results.push(await fakeVisitor(world, `198.51.100.${n}`));
    expect(results.map((result) => result.register)).toEqual(['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(results.map((result) => result.start)).toEqual([
      'ok',
      'ok',
      'RATE_LIMITED',
      'RATE_LIMITED',
      undefined,
      undefined,
    ]);
    // Another office's desk is untouched.
    expect(await fakeVisitor(world, '198.51.100.99', '5108')).toEqual({ register: 'ok', start: 'ok' });
  });
});
