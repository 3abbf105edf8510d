import {
  closeConversationSchema,
  conversationRefSchema,
  type Inbox,
  markReadSchema,
  type OfficerPresence,
  sendMessageSchema,
  setPresenceSchema,
  setTypingSchema,
  syncConversationSchema,
  transferConversationSchema,
} from '@pst/protocol';
import { Types } from 'mongoose';
import { z } from 'zod';
import { type AgentSocket, agentHandshake } from '../auth/agent-handshake.ts';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { messagesAfter } from '../messages/message.service.ts';
import { toOfficerSelf } from '../officers/officer.service.ts';
import { officePresence, socketConnected, socketDisconnected } from '../presence/presence.service.ts';
import { withSchema, withSchemaNoAck } from '../realtime/handler.ts';
import { rateLimiter } from '../realtime/rate-limit.ts';
import { refuseUnknownEvents } from '../realtime/unknown-events.ts';
import { toDetail } from './conversation.detail.ts';
import { type ConversationDoc, toSummary } from './conversation.views.ts';
import { closeConversation, sendMessage } from './lifecycle.ts';
import { publishPresence, queuedConversations } from './publish.ts';
import { rooms } from './rooms.ts';
import { acceptConversation, drainQueue, transferConversation } from './routing.ts';

const emptySchema = z.object({}).strict();

/** The `/agent` namespace: inbox, presence, accept, reply, transfer, close. */
export function registerAgentNamespace(ctx: AppContext): void {
  const namespace = ctx.realtime.agent;
  namespace.use(agentHandshake(ctx));
  namespace.on('connection', (socket: AgentSocket) => {
    onAgentConnection(ctx, socket).catch((error) => {
      ctx.logger.error({ err: error }, 'agent connection setup failed');
      socket.disconnect(true);
    });
  });
}

const isSupervisor = (officer: AuthenticatedOfficer) => officer.role === 'supervisor' || officer.role === 'admin';

/** A conversation of one of the officer's offices; another office's is "not found". */
async function officeConversation(
  ctx: AppContext,
  officer: AuthenticatedOfficer,
  id: string,
): Promise<ConversationDoc> {
  // By _id alone, then the office check in code: one index-served read on MongoDB (FerretDB v1 scans any filter).
  const conversation = await ctx.models.Conversation.findById(id);
  if (!conversation || !(officer.role === 'admin' || officer.offices.includes(conversation.office))) {
    throw new AppError('NOT_FOUND');
  }
  return conversation;
}

/** Only the assigned officer, or a supervisor of the office, may act on an active conversation. */
function assertHandles(officer: AuthenticatedOfficer, conversation: ConversationDoc, supervisorsToo: boolean): void {
  const mine = conversation.officer?.equals(officer.id) ?? false;
  if (!mine && !(supervisorsToo && isSupervisor(officer))) throw new AppError('FORBIDDEN');
}

async function inbox(ctx: AppContext, officer: AuthenticatedOfficer): Promise<Inbox> {
  const self = await ctx.models.Officer.findById(officer.id).lean();
  if (!self) throw new AppError('UNAUTHENTICATED');
  const queue = [];
  const officers = new Map<string, OfficerPresence>();
  for (const code of officer.offices) {
    const queued = await queuedConversations(ctx, code);
    queue.push(...queued.map((conversation, index) => toSummary(conversation, index + 1)));
    for (const presence of await officePresence(ctx, code)) officers.set(presence.id, presence);
  }
  const mine = await ctx.models.Conversation.find({ officer: officer.id, status: 'active' }).sort({ assignedAt: 1 });
  return {
    me: toOfficerSelf(self),
    queue,
    mine: mine.map((conversation) => toSummary(conversation)),
    officers: [...officers.values()],
  };
}

async function onAgentConnection(ctx: AppContext, socket: AgentSocket): Promise<void> {
  const { logger } = ctx;
  const officer = socket.data.officer;
  const officerId = new Types.ObjectId(officer.id);
  const { perSecond, burst } = ctx.settings.socketRateLimit;
  const limit = rateLimiter(2 * perSecond, 2 * burst);
  const officeChanged = async () => {
    for (const code of officer.offices) await drainQueue(ctx, code);
  };

  socket.join(officer.offices.map(rooms.office));
  socket.on('disconnect', () => {
    socketDisconnected(ctx, socket.id)
      .then(() => Promise.all(officer.offices.map((code) => publishPresence(ctx, code))))
      .catch((error) => logger.warn({ err: error }, 'recording a disconnect failed'));
  });

  socket.on(
    'inbox:sync',
    withSchema(emptySchema, logger, () => inbox(ctx, officer), limit),
  );

  socket.on(
    'presence:set',
    withSchema(
      setPresenceSchema,
      logger,
      async ({ status }) => {
        const updated = await ctx.models.Officer.findOneAndUpdate(
          { _id: officerId },
          { $set: { status } },
          { returnDocument: 'after' },
        ).lean();
        if (!updated) throw new AppError('UNAUTHENTICATED');
        // Coming online frees capacity: the queue drains; any change updates everyone's view.
        await officeChanged();
        return toOfficerSelf(updated);
      },
      limit,
    ),
  );

  socket.on(
    'conversation:accept',
    withSchema(
      conversationRefSchema,
      logger,
      async ({ conversationId }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        await acceptConversation(ctx, conversation, { id: officerId, name: officer.name });
        socket.join(rooms.conversation(conversation._id));
        return toSummary(conversation);
      },
      limit,
    ),
  );

  socket.on(
    'conversation:sync',
    withSchema(
      syncConversationSchema,
      logger,
      async ({ conversationId, afterSeq }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        socket.join(rooms.conversation(conversation._id));
        return {
          conversation: await toDetail(ctx, conversation),
          messages: await messagesAfter(ctx, conversation._id, afterSeq),
        };
      },
      limit,
    ),
  );

  socket.on(
    'message:send',
    withSchema(
      sendMessageSchema,
      logger,
      async ({ conversationId, clientMsgId, text }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        assertHandles(officer, conversation, false);
        return sendMessage(
          ctx,
          conversation,
          { kind: 'officer', id: officerId, name: officer.name },
          { clientMsgId, text },
        );
      },
      limit,
    ),
  );

  socket.on(
    'typing:set',
    withSchemaNoAck(setTypingSchema, logger, async ({ conversationId, typing }) => {
      const conversation = await officeConversation(ctx, officer, conversationId);
      if (!conversation.officer?.equals(officerId)) return;
      ctx.realtime.visitor
        .to(rooms.conversation(conversationId))
        .emit('typing:changed', { conversationId, author: 'officer', typing });
    }),
  );

  socket.on(
    'read:mark',
    withSchema(
      markReadSchema,
      logger,
      async ({ conversationId, seq }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        assertHandles(officer, conversation, false);
        await ctx.models.Conversation.updateOne({ _id: conversation._id }, { $max: { officerReadSeq: seq } });
        return null;
      },
      limit,
    ),
  );

  socket.on(
    'conversation:transfer',
    withSchema(
      transferConversationSchema,
      logger,
      async ({ conversationId, officerId: target }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        assertHandles(officer, conversation, true);
        await transferConversation(ctx, conversation, new Types.ObjectId(target), { kind: 'officer', id: officerId });
        return toSummary(conversation);
      },
      limit,
    ),
  );

  socket.on(
    'conversation:close',
    withSchema(
      closeConversationSchema,
      logger,
      async ({ conversationId, topic, summary }) => {
        const conversation = await officeConversation(ctx, officer, conversationId);
        if (conversation.status === 'active') assertHandles(officer, conversation, true);
        else if (!isSupervisor(officer)) throw new AppError('FORBIDDEN');
        await closeConversation(ctx, conversation, { kind: 'officer', id: officerId }, 'resolved', { topic, summary });
        return toSummary(conversation);
      },
      limit,
    ),
  );

  refuseUnknownEvents(socket, [
    'inbox:sync',
    'presence:set',
    'conversation:accept',
    'conversation:sync',
    'message:send',
    'typing:set',
    'read:mark',
    'conversation:transfer',
    'conversation:close',
  ]);

  await socketConnected(ctx, officerId, socket.id);
  await officeChanged();
}
