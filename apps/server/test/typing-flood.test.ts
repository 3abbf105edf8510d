import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  ok,
  startWorld,
  visitorAsks,
} from './support/world.ts';

interface Typing {
  typing: boolean;
}

describe('a flood of typing signals', () => {
  it('relays a few per second per conversation and side, ending on the last state sent', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    await ok(tab, 'conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    const relayed: boolean[] = [];
    tab.on('typing:changed', ({ typing }: Typing) => relayed.push(typing));

    for (let n = 0; n < 500; n++) socket.emit('typing:set', { conversationId: conversation.id, typing: n % 2 === 0 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(relayed.length).toBeGreaterThan(0);
    expect(relayed.length).toBeLessThanOrEqual(8);
    expect(relayed.at(-1)).toBe(false);
  });

  it('relays typing again after the typist sent a message, which cleared the indicator', async () => {
    const world = await startWorld();
    await createOffice(world, '5102');
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    await ok(tab, 'conversation:sync', { conversationId: conversation.id, afterSeq: 0 });
    const relayed: boolean[] = [];
    tab.on('typing:changed', ({ typing }: Typing) => relayed.push(typing));

    // Typing, a message (the officer's indicator clears), typing again: all within one relay interval.
    socket.emit('typing:set', { conversationId: conversation.id, typing: true });
    socket.emit('typing:set', { conversationId: conversation.id, typing: false });
    await ok(socket, 'message:send', { conversationId: conversation.id, clientMsgId: clientMsgId(), text: 'Halo' });
    socket.emit('typing:set', { conversationId: conversation.id, typing: true });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(relayed).toEqual([true, true]);
  });

  it('drops an officer typing in another office conversation quietly', async () => {
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const world = await startWorld();
    world.app.context.logger = pino({ level: 'info' }, sink);
    await createOffice(world, '5102');
    await createOffice(world, '5108');
    const outsider = await connectAgent(world, (await createOfficer(world, '5108')).cookie);
    const { conversation } = await visitorAsks(world);
    for (let n = 0; n < 300; n++) outsider.emit('typing:set', { conversationId: conversation.id, typing: true });
    await ok(outsider, 'inbox:sync', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  });
});
