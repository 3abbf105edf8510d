import { describe, expect, it } from 'vitest';
import { officerApi } from './support/officer-api.ts';
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
  visitorAsks,
} from './support/world.ts';

describe('strict input', () => {
  it('refuses unknown keys on sockets and REST with BAD_REQUEST naming the key, and stores nothing', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);
    const before = await world.app.models.Message.countDocuments();

    for (const key of ['$set', 'a.b', '$where']) {
      const ack = await request(socket, 'message:send', {
        conversationId: conversation.id,
        clientMsgId: clientMsgId(),
        text: 'Halo',
        [key]: { status: 'closed' },
      });
      expect(ack).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(ack.ok ? '' : ack.error.message).toContain(key);
    }
    expect(await world.app.models.Message.countDocuments()).toBe(before);

    const notes = await officerApi(world, officer.cookie)<{ error: { code: string; message: string } }>(
      'POST',
      `/api/conversations/${conversation.id}/notes`,
      { text: 'Catatan', $set: { office: '5108' } },
    );
    expect(notes.status).toBe(400);
    expect(notes.body.error.message).toContain('$set');
  });

  it('strips bidirectional overrides from what a visitor writes, keeping the rest of the text', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const socket = await connectVisitor(world, '5102');
    await ok(socket, 'visitor:register', { guestBook: { ...guestBook(), name: 'Made \u202Eanuj\u202C Wirawan' } });
    const started = await ok(socket, 'conversation:start', {
      question: 'Data \u2067PDRB\u2069 2025?',
      clientMsgId: clientMsgId(),
    });
    const stored = await world.app.models.Conversation.findById(started.conversation.id).lean();
    expect(stored?.visitorCard?.name).toBe('Made anuj Wirawan');
    expect(stored?.question).toBe('Data PDRB 2025?');
  });
});
