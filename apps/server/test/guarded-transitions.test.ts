import { describe, expect, it } from 'vitest';
import { closeConversation } from '../src/domain/conversations/lifecycle.ts';
import { createOffice, startWorld, visitorAsks } from './support/world.ts';

describe('guarded status transitions', () => {
  it('of many concurrent closes of one conversation, exactly one wins; the others get CONFLICT', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { conversation } = await visitorAsks(world);
    const { store } = world.app.context;
    // Every closer read the conversation while it was queued, as concurrent requests on several nodes would.
    const stale = await store.conversations.byId(conversation.id);
    if (!stale) throw new Error('not stored');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => closeConversation(world.app.context, stale, { kind: 'system' }, 'inactive')),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((result) => result.status === 'rejected')) {
      expect(result.reason).toMatchObject({ code: 'CONFLICT' });
    }
    const stored = await world.app.models.Conversation.findById(conversation.id);
    expect(stored?.audit.filter((entry) => entry.to === 'closed')).toHaveLength(1);
    expect(await world.app.models.Message.countDocuments({ conversation: conversation.id, event: 'auto_closed' })).toBe(
      1,
    );
  });

  it('refuses a change from a status it does not expect', async () => {
    const world = await startWorld();
    await createOffice(world, '5102', { routingMode: 'manual' });
    const { conversation } = await visitorAsks(world);
    const queued = await world.app.context.store.conversations.byId(conversation.id);
    if (!queued) throw new Error('not stored');
    const change = { expect: ['active' as const], to: 'queued' as const, reason: 'x', by: { kind: 'system' as const } };
    await expect(
      world.app.context.store.conversations.transition(queued, { ...change, at: world.clock.now() }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await world.app.models.Conversation.findById(conversation.id))?.status).toBe('queued');
  });
});
