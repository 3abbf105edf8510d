import type { Channel, Message, Purpose } from '@pst/protocol';
import { AppError } from '../../errors.ts';
import type { Actor, ConversationRecord, Id, OfficeRecord, VisitorRecord } from '../../store/records.ts';
import { assertWindowOpen } from '../chat-channels/whatsapp-window.ts';
import type { DomainContext } from '../context.ts';
import { sinceLastLook } from '../deadlines/due-window.ts';
import { filesForMessage } from '../files/file.service.ts';
import { calendarOf, findOffice, localMonth, officeStatus } from '../offices/office-status.ts';
import { dueAt } from '../offices/service-hours.ts';
import { conversationMetrics } from '../reports/conversation-metrics.ts';
import { takeVisitorQuota } from '../visitors/visitor-quotas.ts';
import { releaseSlot } from './officer-slots.ts';
import { drainQueue } from './routing.ts';
import { postSystemMessage } from './system-messages.ts';
import { typingEndedByMessage } from './typing.ts';

/**
 * Starts a consultation with the visitor's first question: a live chat when
 * the desk is open with an officer online, an offline message otherwise.
 * Either way it is queued and routed when an officer can take it. A new
 * consultation counts against the address's and the office's quota.
 */
export async function startConversation(
  ctx: DomainContext,
  visitor: VisitorRecord,
  input: { question: string; clientMsgId: string; pageUrl?: string | undefined },
  from: { ip: string },
): Promise<ConversationRecord> {
  const existing = await ctx.store.conversations.openOfVisitor(visitor.id);
  if (existing) {
    // One open consultation per visitor: a second question joins it.
    await sendMessage(
      ctx,
      existing,
      { kind: 'visitor', id: visitor.id },
      { clientMsgId: input.clientMsgId, text: input.question },
    );
    return (await ctx.store.conversations.byId(existing.id)) ?? existing;
  }

  await takeVisitorQuota(ctx, 'start', { ip: from.ip, office: visitor.office });
  const office = await findOffice(ctx, visitor.office);
  const { available } = await officeStatus(ctx, office);
  return openConversation(ctx, office, visitor, { ...input, channel: 'web', offline: !available });
}

/**
 * Stores a new queued conversation with its first message and routes the office's queue. An offline one
 * (no live chat possible, or it came by e-mail) is answered later, by e-mail.
 */
export async function openConversation(
  ctx: DomainContext,
  office: OfficeRecord,
  visitor: VisitorRecord,
  input: { question: string; clientMsgId: string; pageUrl?: string | undefined; channel: Channel; offline: boolean },
): Promise<ConversationRecord> {
  const now = ctx.clock.now();
  const by: Actor = { kind: 'visitor', id: visitor.id };
  const conversation = await ctx.store.conversations.create({
    office: office.code,
    visitor: visitor.id,
    channel: input.channel,
    visitorCard: { name: visitor.name, institution: visitor.institution, purpose: visitor.purpose },
    status: 'queued',
    offline: input.offline,
    question: input.question.slice(0, 280),
    ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
    createdAt: now,
    queuedAt: now,
    lastVisitorMessageAt: now,
    dueAt: dueAt(calendarOf(office), now, office.responseDeadlineDays),
    localMonth: localMonth(office, now),
    audit: [{ at: now, by, to: 'queued', reason: openReason(input) }],
  });
  await ctx.store.messages.append({
    conversationId: conversation.id,
    clientMsgId: input.clientMsgId,
    author: { kind: 'visitor', id: visitor.id },
    text: input.question,
  });
  await drainQueue(ctx, office.code);
  return (await ctx.store.conversations.byId(conversation.id)) ?? conversation;
}

function openReason(input: { channel: Channel; offline: boolean }): string {
  if (input.channel === 'email') return 'email_received';
  return input.offline ? 'offline_message' : 'started';
}

/**
 * Stores a visitor's or officer's message and announces it; a resend returns the first copy. `files` are
 * ids of files this author uploaded to this conversation before (see `domain/files`).
 */
export async function sendMessage(
  ctx: DomainContext,
  conversation: ConversationRecord,
  author: { kind: 'visitor' | 'officer'; id: Id; name?: string },
  input: { clientMsgId: string; text?: string | undefined; files?: Id[] | undefined },
): Promise<Message> {
  if (conversation.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
  const at = ctx.clock.now();
  if (author.kind === 'officer') await assertWindowOpen(ctx, conversation, input.clientMsgId, at);
  const files = await filesForMessage(ctx, conversation, author, input.files);
  // `conversation` may be the sender's socket's copy, not a fresh read: `$min` keeps the first reply's time.
  const changes =
    author.kind === 'visitor'
      ? { set: { lastVisitorMessageAt: at } }
      : { set: { lastOfficerMessageAt: at }, min: { firstOfficerReplyAt: at } };
  const { message, created } = await ctx.store.messages.append(
    {
      conversationId: conversation.id,
      clientMsgId: input.clientMsgId,
      author,
      text: input.text ?? '',
      ...(files.length > 0 ? { files } : {}),
      at,
    },
    changes,
  );
  if (created) {
    typingEndedByMessage(ctx, conversation.id, author.kind);
    const firstReply = author.kind === 'officer' ? { firstOfficerReplyAt: conversation.firstOfficerReplyAt ?? at } : {};
    const updated = {
      ...conversation,
      ...changes.set,
      ...firstReply,
      lastSeq: Math.max(conversation.lastSeq, message.seq),
    };
    ctx.events.emit({ type: 'message.created', conversation: updated, message });
  }
  return message;
}

const closeEvents = { resolved: 'closed', visitor_left: 'visitor_left', inactive: 'auto_closed' } as const;

/** Closes a queued or active conversation; it stays readable, and can then be rated once. */
export async function closeConversation(
  ctx: DomainContext,
  conversation: ConversationRecord,
  by: Actor,
  reason: 'resolved' | 'visitor_left' | 'inactive',
  details: { topic?: Purpose; summary?: string | undefined } = {},
): Promise<ConversationRecord> {
  if (conversation.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
  const now = ctx.clock.now();
  const set = {
    closedAt: now,
    closedBy: by,
    closeReason: reason,
    ...(details.topic ? { topic: details.topic } : {}),
    ...(details.summary ? { summary: details.summary } : {}),
  };
  // Measured once, now that nothing changes any more: reports then add stored numbers up.
  const calendar = calendarOf(await findOffice(ctx, conversation.office));
  const metrics = conversationMetrics(calendar, { ...conversation, ...set }, now);
  const closed = await ctx.store.conversations.transition(conversation, {
    expect: ['queued', 'active'],
    to: 'closed',
    reason,
    by,
    at: now,
    set: { ...set, metrics },
  });
  if (conversation.officer) await releaseSlot(ctx, conversation.officer, conversation.id);
  const withMessage = await postSystemMessage(ctx, closed, closeEvents[reason]);
  ctx.events.emit({ type: 'conversation.changed', conversation: withMessage });
  await drainQueue(ctx, conversation.office);
  return withMessage;
}

/** The visitor's one rating of a closed conversation: a unique index makes it once. */
export async function rateConversation(
  ctx: DomainContext,
  conversation: ConversationRecord,
  input: { score: number; comment?: string | undefined },
): Promise<ConversationRecord> {
  if (conversation.status !== 'closed') throw new AppError('CONVERSATION_NOT_CLOSED');
  const now = ctx.clock.now();
  const office = await findOffice(ctx, conversation.office);
  await ctx.store.ratings.create({
    conversation: conversation.id,
    office: conversation.office,
    ...(conversation.officer ? { officer: conversation.officer } : {}),
    score: input.score,
    ...(input.comment ? { comment: input.comment } : {}),
    at: now,
    localMonth: localMonth(office, now),
  });
  const rating = { score: input.score, ...(input.comment ? { comment: input.comment } : {}), at: now };
  const rated = await ctx.store.conversations.rate(conversation, rating, { kind: 'visitor', id: conversation.visitor });
  ctx.events.emit({ type: 'conversation.changed', conversation: rated });
  return rated;
}

/**
 * Closes conversations whose visitor has been silent for the office's limit
 * since the officer's last message (reason `inactive`).
 */
export async function closeInactiveConversations(ctx: DomainContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  let closed = 0;
  for (const office of await ctx.store.offices.all()) {
    const cutoff = new Date(now - office.inactivityCloseDays * 86_400_000);
    // Only the chats whose officer's last message passed the cutoff since the previous run.
    await sinceLastLook(ctx, `auto-close:${office.code}:${office.inactivityCloseDays}`, cutoff, async (after) => {
      for (const conversation of await ctx.store.conversations.silentSince(office.code, cutoff, after)) {
        const visitorAt = conversation.lastVisitorMessageAt?.getTime() ?? 0;
        if (visitorAt > (conversation.lastOfficerMessageAt?.getTime() ?? 0)) continue;
        await closeConversation(ctx, conversation, { kind: 'system' }, 'inactive');
        closed++;
      }
    });
  }
  return closed;
}
