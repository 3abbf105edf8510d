import type { Purpose } from '@pst/protocol';
import type { Types } from 'mongoose';
import type { AppContext } from '../context.ts';
import { isDuplicateKey } from '../db/models.ts';
import { AppError } from '../http/errors.ts';
import { appendMessage } from '../messages/message.service.ts';
import { calendarOf, findOffice, localMonth, officeStatus } from '../offices/office-status.ts';
import { dueAt } from '../offices/service-hours.ts';
import type { VisitorDoc } from '../visitors/visitor.service.ts';
import { type Actor, auditEntry } from './audit.ts';
import type { ConversationDoc } from './conversation.views.ts';
import { postSystemMessage, publishConversation, publishMessage } from './publish.ts';
import { drainQueue } from './routing.ts';

/** The visitor's queued or active conversation, if any. */
export function openConversationOf(ctx: AppContext, visitorId: Types.ObjectId): Promise<ConversationDoc | null> {
  return ctx.models.Conversation.findOne({ visitor: visitorId, status: { $in: ['queued', 'active'] } });
}

/**
 * Starts a consultation with the visitor's first question: a live chat when
 * the desk is open with an officer online, an offline message otherwise.
 * Either way it is queued and routed when an officer can take it.
 */
export async function startConversation(
  ctx: AppContext,
  visitor: VisitorDoc,
  input: { question: string; clientMsgId: string; pageUrl?: string | undefined },
): Promise<ConversationDoc> {
  const existing = await openConversationOf(ctx, visitor._id);
  if (existing) {
    // One open consultation per visitor: a second question joins it.
    await sendMessage(
      ctx,
      existing,
      { kind: 'visitor', id: visitor._id },
      { clientMsgId: input.clientMsgId, text: input.question },
    );
    return existing;
  }

  const office = await findOffice(ctx, visitor.office);
  const now = ctx.clock.now();
  const { available } = await officeStatus(ctx, office);
  const conversation = await ctx.models.Conversation.create({
    office: office.code,
    visitor: visitor._id,
    visitorCard: { name: visitor.name, institution: visitor.institution, purpose: visitor.purpose },
    status: 'queued',
    offline: !available,
    question: input.question.slice(0, 280),
    ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
    createdAt: now,
    queuedAt: now,
    lastVisitorMessageAt: now,
    dueAt: dueAt(calendarOf(office), now, office.responseDeadlineDays),
    localMonth: localMonth(office, now),
    audit: [
      auditEntry(
        now,
        { kind: 'visitor', id: visitor._id },
        undefined,
        'queued',
        available ? 'started' : 'offline_message',
      ),
    ],
  });
  const { message } = await appendMessage(ctx, {
    conversationId: conversation._id,
    clientMsgId: input.clientMsgId,
    author: { kind: 'visitor', id: visitor._id },
    text: input.question,
  });
  conversation.lastSeq = message.seq;
  await drainQueue(ctx, office.code);
  return (await ctx.models.Conversation.findById(conversation._id)) ?? conversation;
}

/** Stores a visitor's or officer's message and sends it to both sides; a resend returns the first copy. */
export async function sendMessage(
  ctx: AppContext,
  conversation: ConversationDoc,
  author: { kind: 'visitor' | 'officer'; id: Types.ObjectId; name?: string },
  input: { clientMsgId: string; text: string },
) {
  if (conversation.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
  const at = ctx.clock.now();
  const timestamps =
    author.kind === 'visitor'
      ? { lastVisitorMessageAt: at }
      : { lastOfficerMessageAt: at, ...(conversation.firstOfficerReplyAt ? {} : { firstOfficerReplyAt: at }) };
  const { message, created } = await appendMessage(
    ctx,
    { conversationId: conversation._id, clientMsgId: input.clientMsgId, author, text: input.text },
    timestamps,
  );
  if (!created) return message;
  conversation.lastSeq = Math.max(conversation.lastSeq, message.seq);
  publishMessage(ctx, conversation, message);
  return message;
}

const closeWording = {
  resolved: { event: 'closed', text: 'Petugas menutup konsultasi ini. Terima kasih.' },
  visitor_left: { event: 'visitor_left', text: 'Pengguna layanan mengakhiri konsultasi.' },
  inactive: { event: 'auto_closed', text: 'Konsultasi ditutup otomatis karena tidak ada balasan.' },
} as const;

/** Closes a queued or active conversation; it stays readable, and can then be rated once. */
export async function closeConversation(
  ctx: AppContext,
  conversation: ConversationDoc,
  by: Actor,
  reason: 'resolved' | 'visitor_left' | 'inactive',
  details: { topic?: Purpose; summary?: string | undefined } = {},
): Promise<void> {
  if (conversation.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
  const now = ctx.clock.now();
  const from = conversation.status;
  conversation.set({ status: 'closed', closedAt: now, closedBy: by, closeReason: reason, ...details });
  conversation.audit.push(auditEntry(now, by, from, 'closed', reason));
  await conversation.save();
  await postSystemMessage(ctx, conversation, closeWording[reason].event, closeWording[reason].text);
  publishConversation(ctx, conversation);
  await drainQueue(ctx, conversation.office);
}

/** The visitor's one rating of a closed conversation: a unique index makes it once. */
export async function rateConversation(
  ctx: AppContext,
  conversation: ConversationDoc,
  input: { score: number; comment?: string | undefined },
): Promise<void> {
  if (conversation.status !== 'closed') throw new AppError('CONVERSATION_NOT_CLOSED');
  const now = ctx.clock.now();
  const office = await findOffice(ctx, conversation.office);
  try {
    await ctx.models.Rating.create({
      conversation: conversation._id,
      office: conversation.office,
      ...(conversation.officer ? { officer: conversation.officer } : {}),
      score: input.score,
      ...(input.comment ? { comment: input.comment } : {}),
      at: now,
      localMonth: localMonth(office, now),
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('ALREADY_RATED');
    throw error;
  }
  conversation.set({ rating: { score: input.score, comment: input.comment, at: now } });
  conversation.audit.push(auditEntry(now, { kind: 'visitor', id: conversation.visitor }, 'closed', 'closed', 'rated'));
  await conversation.save();
  publishConversation(ctx, conversation);
}

/**
 * Closes conversations whose visitor has been silent for the office's limit
 * since the officer's last message (reason `inactive`).
 */
export async function closeInactiveConversations(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  let closed = 0;
  for (const office of await ctx.models.Office.find()) {
    const cutoff = new Date(now - office.inactivityCloseDays * 86_400_000);
    const silent = await ctx.models.Conversation.find({
      office: office.code,
      status: 'active',
      lastOfficerMessageAt: { $lte: cutoff },
    });
    for (const conversation of silent) {
      const visitorAt = conversation.lastVisitorMessageAt?.getTime() ?? 0;
      if (visitorAt > (conversation.lastOfficerMessageAt?.getTime() ?? 0)) continue;
      await closeConversation(ctx, conversation, { kind: 'system' }, 'inactive');
      closed++;
    }
  }
  return closed;
}
