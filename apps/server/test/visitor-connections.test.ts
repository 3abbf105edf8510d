import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { connectVisitor, createOffice, startWorld, type World } from './support/world.ts';

const SCRIPT = '203.0.113.7';

/** The code a `/visitor` handshake is refused with, or `connected`. */
async function handshake(world: World, options: { address: string; token?: string }): Promise<string> {
  try {
    const socket = await connectVisitor(world, '5102', options);
    socket.disconnect();
    return 'connected';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A logger whose warnings the test can read. */
function capturedLogger() {
  const lines: { msg: string; address?: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), lines };
}

describe('/visitor connections per IP address', () => {
  it('caps the sockets one address holds open on a node', async () => {
    const world = await startWorld({ settings: { visitorSocketsPerIp: 3 } });
    await createOffice(world, '5102');
    const open = await Promise.all([1, 2, 3].map(() => connectVisitor(world, '5102', { address: SCRIPT })));
    expect(await handshake(world, { address: SCRIPT })).toBe('RATE_LIMITED');
    expect(await handshake(world, { address: '198.51.100.20' })).toBe('connected');

    open[0]?.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await handshake(world, { address: SCRIPT })).toBe('connected');
  });

  it('refuses an address that keeps presenting unknown tokens, and says so once', async () => {
    const { logger, lines } = capturedLogger();
    const world = await startWorld({ settings: { tokenFailures: { perIp: 5, windowMs: 60_000 } } });
    world.app.context.logger = logger;
    await createOffice(world, '5102');
    const guess = () => randomBytes(32).toString('base64url');

    const results = [];
    for (let n = 0; n < 12; n++) results.push(await handshake(world, { address: SCRIPT, token: guess() }));
    // An unknown token is no error at first (the visitor fills the guest book again); then the address waits.
    expect(results.slice(0, 5)).toEqual(Array(5).fill('connected'));
    expect(results.slice(5)).toEqual(Array(7).fill('RATE_LIMITED'));
    expect(await handshake(world, { address: '198.51.100.20', token: guess() })).toBe('connected');
    expect(lines.filter((line) => line.address === SCRIPT)).toHaveLength(1);
  });
});
