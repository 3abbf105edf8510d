import { describe, expect, it } from 'vitest';
import { connectAgent, createOffice, createOfficer, ok, startWorld, visitorAsks } from './support/world.ts';

describe('a connected socket holds no HTTP request', () => {
  it('drops it after the handshake; the address and cookie checks still work from the handshake copy', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    // Registering and starting read the visitor's address (quotas, guest book) after the request is gone.
    const { socket } = await visitorAsks(world);
    expect(socket.connected).toBe(true);
    expect(await ok(tab, 'inbox:sync', {})).toMatchObject({ queue: [{ question: expect.any(String) }] });

    const { visitor, agent } = world.app.context.realtime;
    const sockets = [...visitor.sockets.values(), ...agent.sockets.values()];
    expect(sockets).toHaveLength(2);
    for (const connected of sockets) expect((connected.conn as unknown as { request: unknown }).request).toBeNull();
  });
});
