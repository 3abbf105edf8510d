import {
  conversationRefSchema,
  markReadSchema,
  rateConversationSchema,
  registerVisitorSchema,
  sendMessageSchema,
  setTypingSchema,
  startConversationSchema,
  syncConversationSchema,
} from '@pst/protocol';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { toVisitorConversation } from '../conversations/conversation.views.ts';
import { closeConversation, rateConversation, sendMessage, startConversation } from '../conversations/lifecycle.ts';
import { queuePosition } from '../conversations/publish.ts';
import { rooms } from '../conversations/rooms.ts';
import { AppError } from '../http/errors.ts';
import { messagesAfter } from '../messages/message.service.ts';
import { withSchema, withSchemaNoAck } from '../realtime/handler.ts';
import { rateLimiter } from '../realtime/rate-limit.ts';
import { refuseUnknownEvents } from '../realtime/unknown-events.ts';
import { type VisitorSocket, visitorHandshake } from './visitor.handshake.ts';
import { registerVisitor, toVisitorProfile } from './visitor.service.ts';

const emptySchema = z.object({}).strict();

/** The `/visitor` namespace: the guest book, the visitor's one conversation, messages, rating. */
export function registerVisitorNamespace(ctx: AppContext): void {
  const namespace = ctx.realtime.visitor;
  namespace.use(visitorHandshake(ctx));
  namespace.on('connection', (socket: VisitorSocket) => onVisitorConnection(ctx, socket));
}

function onVisitorConnection(ctx: AppContext, socket: VisitorSocket): void {
  const { logger } = ctx;
  const { perSecond, burst } = ctx.settings.socketRateLimit;
  const limit = rateLimiter(perSecond, burst);

  const visitorId = () => {
    if (!socket.data.visitorId) throw new AppError('NOT_REGISTERED');
    return socket.data.visitorId;
  };
  /** The visitor's own conversation; another's is "not found", never "forbidden". */
  const ownConversation = async (id: string) => {
    // By _id alone, then the owner check in code: one index-served read on MongoDB (FerretDB v1 scans any filter).
    const conversation = await ctx.models.Conversation.findById(id);
    if (!conversation?.visitor.equals(visitorId())) throw new AppError('NOT_FOUND');
    socket.join(rooms.conversation(conversation._id));
    return conversation;
  };
  const view = async (conversation: Parameters<typeof toVisitorConversation>[0]) =>
    toVisitorConversation(conversation, await queuePosition(ctx, conversation));

  socket.on(
    'visitor:register',
    withSchema(
      registerVisitorSchema,
      logger,
      async ({ guestBook }) => {
        const { token, visitor } = await registerVisitor(ctx, socket.data.officeCode, guestBook);
        socket.data.visitorId = visitor._id;
        return { token, visitor: toVisitorProfile(visitor) };
      },
      limit,
    ),
  );

  socket.on(
    'conversation:current',
    withSchema(
      emptySchema,
      logger,
      async () => {
        const latest = await ctx.models.Conversation.findOne({ visitor: visitorId() }).sort({ createdAt: -1 });
        if (!latest) return null;
        socket.join(rooms.conversation(latest._id));
        return view(latest);
      },
      limit,
    ),
  );

  socket.on(
    'conversation:start',
    withSchema(
      startConversationSchema,
      logger,
      async (input) => {
        const visitor = await ctx.models.Visitor.findById(visitorId());
        if (!visitor) throw new AppError('NOT_REGISTERED');
        const conversation = await startConversation(ctx, visitor, input);
        socket.join(rooms.conversation(conversation._id));
        return { conversation: await view(conversation), messages: await messagesAfter(ctx, conversation._id, 0) };
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
        const conversation = await ownConversation(conversationId);
        return sendMessage(ctx, conversation, { kind: 'visitor', id: visitorId() }, { clientMsgId, text });
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
        const conversation = await ownConversation(conversationId);
        return {
          conversation: await view(conversation),
          messages: await messagesAfter(ctx, conversation._id, afterSeq),
        };
      },
      limit,
    ),
  );

  socket.on(
    'typing:set',
    withSchemaNoAck(setTypingSchema, logger, async ({ conversationId, typing }) => {
      if (!socket.data.visitorId || !socket.rooms.has(rooms.conversation(conversationId))) return;
      ctx.realtime.agent
        .to(rooms.conversation(conversationId))
        .emit('typing:changed', { conversationId, author: 'visitor', typing });
    }),
  );

  socket.on(
    'read:mark',
    withSchema(
      markReadSchema,
      logger,
      async ({ conversationId, seq }) => {
        const conversation = await ownConversation(conversationId);
        await ctx.models.Conversation.updateOne({ _id: conversation._id }, { $max: { visitorReadSeq: seq } });
        return null;
      },
      limit,
    ),
  );

  socket.on(
    'conversation:end',
    withSchema(
      conversationRefSchema,
      logger,
      async ({ conversationId }) => {
        const conversation = await ownConversation(conversationId);
        await closeConversation(ctx, conversation, { kind: 'visitor', id: visitorId() }, 'visitor_left');
        return view(conversation);
      },
      limit,
    ),
  );

  socket.on(
    'conversation:rate',
    withSchema(
      rateConversationSchema,
      logger,
      async ({ conversationId, score, comment }) => {
        const conversation = await ownConversation(conversationId);
        await rateConversation(ctx, conversation, { score, comment });
        return view(conversation);
      },
      limit,
    ),
  );

  refuseUnknownEvents(socket, [
    'visitor:register',
    'conversation:current',
    'conversation:start',
    'message:send',
    'conversation:sync',
    'typing:set',
    'read:mark',
    'conversation:end',
    'conversation:rate',
  ]);
}
