import type { VisitorConversation } from '@pst/protocol';
import { describe, expect, it } from 'vitest';
import {
  clientMsgId,
  connectAgent,
  createOffice,
  createOfficer,
  nextEvent,
  ok,
  request,
  startWorld,
  visitorAsks,
} from './support/world.ts';

describe('closing and rating', () => {
  it('the officer closes with a topic; the visitor rates once, 1 to 5 with a comment', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'auto' });
    const officer = await createOfficer(world, '5102');
    const tab = await connectAgent(world, officer.cookie);
    const { socket, conversation } = await visitorAsks(world);

    const early = await request(socket, 'conversation:rate', { conversationId: conversation.id, score: 5 });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONVERSATION_NOT_CLOSED' } });

    const closed = nextEvent<VisitorConversation>(socket, 'conversation:updated', (c) => c.status === 'closed');
    await ok(tab, 'conversation:close', { conversationId: conversation.id, topic: 'metadata', summary: 'Dijawab.' });
    expect(await closed).toMatchObject({ closeReason: 'resolved' });

    const afterClose = await request(socket, 'message:send', {
      conversationId: conversation.id,
      clientMsgId: clientMsgId(),
      text: 'Halo?',
    });
    expect(afterClose).toMatchObject({ ok: false, error: { code: 'CONVERSATION_CLOSED' } });

    const rated = await ok(socket, 'conversation:rate', {
      conversationId: conversation.id,
      score: 4,
      comment: 'Cepat dan jelas',
    });
    expect(rated.rating).toMatchObject({ score: 4, comment: 'Cepat dan jelas' });
    const again = await request(socket, 'conversation:rate', { conversationId: conversation.id, score: 1 });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_RATED' } });
    for (const score of [0, 6, 4.5]) {
      const bad = await request(socket, 'conversation:rate', { conversationId: conversation.id, score });
      expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    const tooLong = await request(socket, 'conversation:rate', {
      conversationId: conversation.id,
      score: 3,
      comment: 'x'.repeat(1001),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    const stored = await world.app.models.Conversation.findById(conversation.id);
    expect(stored).toMatchObject({ status: 'closed', topic: 'metadata', summary: 'Dijawab.', rating: { score: 4 } });
    expect(String(stored?.closedBy?.id)).toBe(officer.id);
    const ratings = await world.app.models.Rating.find({ conversation: conversation.id });
    expect(ratings.map((r) => [r.score, String(r.officer)])).toEqual([[4, officer.id]]);
  });

  it('the visitor may end the chat; it is recorded as visitor_left', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { socket, conversation } = await visitorAsks(world);
    const ended = await ok(socket, 'conversation:end', { conversationId: conversation.id });
    expect(ended).toMatchObject({ status: 'closed', closeReason: 'visitor_left' });
    const stored = await world.app.models.Conversation.findById(conversation.id);
    expect(stored?.audit.at(-1)).toMatchObject({ from: 'queued', to: 'closed', reason: 'visitor_left' });
  });
});
