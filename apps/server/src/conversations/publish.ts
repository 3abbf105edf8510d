import { randomUUID } from 'node:crypto';
import type { Message, SystemEvent } from '@pst/protocol';
import type { AppContext } from '../context.ts';
import { appendMessage } from '../messages/message.service.ts';
import { officeStatus } from '../offices/office-status.ts';
import { officePresence } from '../presence/presence.service.ts';
import type { ConversationDoc } from './conversation.views.ts';
import { toSummary, toVisitorConversation } from './conversation.views.ts';
import { rooms } from './rooms.ts';

/** The office's queue, first in line first: chats put back after their officer left go before new ones. */
export function queuedConversations(ctx: AppContext, officeCode: string): Promise<ConversationDoc[]> {
  return ctx.models.Conversation.find({ office: officeCode, status: 'queued' })
    .sort({ queuePriority: -1, queuedAt: 1, _id: 1 })
    .limit(500);
}

/** 1-based place of a conversation in its office's queue. */
export async function queuePosition(ctx: AppContext, conversation: ConversationDoc): Promise<number | undefined> {
  if (conversation.status !== 'queued') return undefined;
  const queue = await queuedConversations(ctx, conversation.office);
  const index = queue.findIndex((queued) => queued._id.equals(conversation._id));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Tells everyone the queue changed: officers get the whole queue, each queued
 * visitor their place. Called after every change of the office's queue.
 */
export async function publishQueue(ctx: AppContext, officeCode: string): Promise<void> {
  const queue = await queuedConversations(ctx, officeCode);
  ctx.realtime.agent.to(rooms.office(officeCode)).emit('queue:updated', {
    officeCode,
    queue: queue.map((conversation, index) => toSummary(conversation, index + 1)),
  });
  queue.forEach((conversation, index) => {
    ctx.realtime.visitor
      .to(rooms.conversation(conversation._id))
      .emit('conversation:updated', toVisitorConversation(conversation, index + 1));
  });
}

/** Tells both sides a conversation changed (assigned, transferred, closed, rated). */
export function publishConversation(ctx: AppContext, conversation: ConversationDoc): void {
  ctx.realtime.visitor
    .to(rooms.conversation(conversation._id))
    .emit('conversation:updated', toVisitorConversation(conversation));
  const officerRooms = [rooms.conversation(conversation._id), rooms.office(conversation.office)];
  ctx.realtime.agent.to(officerRooms).emit('conversation:updated', toSummary(conversation));
}

/**
 * Tells the office's officers everyone's presence and load, and the office's
 * visitors whether a live chat is possible now.
 */
export async function publishPresence(ctx: AppContext, officeCode: string): Promise<void> {
  for (const officer of await officePresence(ctx, officeCode)) {
    ctx.realtime.agent.to(rooms.office(officeCode)).emit('presence:updated', officer);
  }
  const office = await ctx.models.Office.findOne({ code: officeCode });
  if (office) ctx.realtime.visitor.to(rooms.office(officeCode)).emit('office:status', await officeStatus(ctx, office));
}

/** Sends a stored message to both sides. */
export function publishMessage(ctx: AppContext, conversation: ConversationDoc, message: Message): void {
  ctx.realtime.visitor.to(rooms.conversation(conversation._id)).emit('message:created', message);
  const officerRooms = [rooms.conversation(conversation._id)];
  if (conversation.officer) officerRooms.push(rooms.officer(conversation.officer));
  ctx.realtime.agent.to(officerRooms).emit('message:created', message);
}

/** Records what happened as a system message in the transcript, and sends it. */
export async function postSystemMessage(
  ctx: AppContext,
  conversation: ConversationDoc,
  event: SystemEvent,
  text: string,
): Promise<void> {
  const { message } = await appendMessage(ctx, {
    conversationId: conversation._id,
    clientMsgId: `system-${event}-${randomUUID()}`,
    author: { kind: 'system' },
    event,
    text,
  });
  conversation.lastSeq = Math.max(conversation.lastSeq, message.seq);
  publishMessage(ctx, conversation, message);
}
