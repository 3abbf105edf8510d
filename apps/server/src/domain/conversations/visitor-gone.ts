import type { ConversationRecord } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';
import { connectedVisitorIds, visitorLastGone } from '../presence/visitor-presence.ts';
import { announceQueue } from './announce.ts';
import { postSystemMessage } from './system-messages.ts';

/** When the visitor left, or undefined while they have a widget open. No record: since it was queued. */
async function goneSince(ctx: DomainContext, conversation: ConversationRecord, connected: Set<string>) {
  if (connected.has(conversation.visitor)) return undefined;
  return (await visitorLastGone(ctx, conversation.visitor)) ?? conversation.queuedAt ?? conversation.createdAt;
}

/**
 * Queued live chats whose visitor has had no widget open for the grace period
 * leave the live queue: they stay queued as offline messages, answered later
 * (the guest book has the visitor's e-mail), and stop counting in the places
 * of those still waiting. The transition guards against an officer taking
 * the chat at the same moment.
 */
export async function moveGoneVisitorsOffline(ctx: DomainContext): Promise<void> {
  const now = ctx.clock.now();
  const waiting = await ctx.store.conversations.queuedLive();
  const connected = await connectedVisitorIds(ctx, [...new Set(waiting.map((conversation) => conversation.visitor))]);
  const offices = new Set<string>();
  for (const conversation of waiting) {
    const since = await goneSince(ctx, conversation, connected);
    if (!since || now.getTime() - since.getTime() < ctx.settings.visitorGraceMs) continue;
    const moved = await ctx.store.conversations.transitionIfStill(conversation, {
      expect: ['queued'],
      to: 'queued',
      reason: 'visitor_gone',
      by: { kind: 'system' },
      at: now,
      set: { offline: true },
    });
    // Taken or closed meanwhile: no longer waiting.
    if (!moved) continue;
    // In the transcript like every other transition, so both sides read why the chat is now an offline message.
    const withMessage = await postSystemMessage(ctx, moved, 'visitor_gone');
    ctx.events.emit({ type: 'conversation.changed', conversation: withMessage });
    offices.add(conversation.office);
  }
  for (const office of offices) announceQueue(ctx, office);
}
