import { type VisitorClientToServerEvents, visitorEventSchemas } from '@pst/protocol';
import { ownConversation } from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import { queuePosition } from '../../domain/conversations/announce.ts';
import { toVisitorConversation } from '../../domain/conversations/conversation.views.ts';
import {
  closeConversation,
  rateConversation,
  sendMessage,
  startConversation,
} from '../../domain/conversations/lifecycle.ts';
import { markRead } from '../../domain/conversations/read-marks.ts';
import { surveyConversation } from '../../domain/conversations/survey.ts';
import { signalTyping } from '../../domain/conversations/typing.ts';
import { queueTranscriptMail } from '../../domain/mail/outbox.ts';
import { visitorSocketConnected, visitorSocketDisconnected } from '../../domain/presence/visitor-presence.ts';
import { assertConsentCurrent, assertCurrentNotice, consentAgain } from '../../domain/privacy/consent.ts';
import { confirmData, requestData } from '../../domain/privacy/data-requests.ts';
import { registerVisitor, toVisitorProfile } from '../../domain/visitors/visitor.service.ts';
import { AppError } from '../../errors.ts';
import type { ConversationRecord } from '../../store/records.ts';
import { socketClientAddress } from '../http/client-address.ts';
import { knownConversations } from './known-conversations.ts';
import { rateLimiter } from './rate-limit.ts';
import { rooms } from './rooms.ts';
import { type EventTable, eventRouter } from './router.ts';
import { type VisitorSocket, visitorHandshake } from './visitor.handshake.ts';
import { visitorAdmission } from './visitor-admission.ts';

interface VisitorConnection {
  ctx: AppContext;
  socket: VisitorSocket;
}

function visitorId({ socket }: VisitorConnection): string {
  if (!socket.data.visitorId) throw new AppError('NOT_REGISTERED');
  return socket.data.visitorId;
}

/** The visitor's own conversation (another's is "not found"); its room is joined for live updates. */
async function own(connection: VisitorConnection, id: string): Promise<ConversationRecord> {
  const { ctx, socket } = connection;
  const conversation = ownConversation(visitorId(connection), await ctx.store.conversations.byId(id));
  knownConversations.remember(socket, conversation, ctx.clock.now().getTime());
  return conversation;
}

/** The visitor of this socket, as stored. */
async function registered(connection: VisitorConnection) {
  const visitor = await connection.ctx.store.visitors.byId(visitorId(connection));
  if (!visitor) throw new AppError('NOT_REGISTERED');
  return visitor;
}

/** `own`, without a read when this socket already holds the conversation unchanged (the send path). */
async function ownKnown(connection: VisitorConnection, id: string): Promise<ConversationRecord> {
  const { ctx, socket } = connection;
  visitorId(connection);
  return knownConversations.get(socket, id, ctx.clock.now().getTime()) ?? own(connection, id);
}

async function view({ ctx }: VisitorConnection, conversation: ConversationRecord) {
  return toVisitorConversation(conversation, await queuePosition(ctx, conversation));
}

/** The `/visitor` namespace: every event a visitor may send, and where it is handled. */
export const visitorEvents: EventTable<VisitorClientToServerEvents, typeof visitorEventSchemas, VisitorConnection> = {
  'visitor:consent': {
    request: async ({ consentVersion }, connection) => {
      await consentAgain(connection.ctx, await registered(connection), consentVersion);
      return null;
    },
  },
  'visitor:register': {
    request: async ({ guestBook }, { ctx, socket }) => {
      await assertCurrentNotice(ctx, socket.data.officeCode, guestBook.consentVersion);
      const { token, visitor } = await registerVisitor(ctx, socket.data.officeCode, guestBook, {
        ip: socketClientAddress(socket),
      });
      socket.data.visitorId = visitor.id;
      await visitorSocketConnected(ctx, visitor.id, socket.id);
      return { token, visitor: toVisitorProfile(visitor) };
    },
  },
  'conversation:current': {
    request: async (_input, connection) => {
      const latest = await connection.ctx.store.conversations.latestOfVisitor(visitorId(connection));
      if (!latest) return null;
      connection.socket.join(rooms.conversation(latest.id));
      return view(connection, latest);
    },
  },
  'conversation:start': {
    request: async (input, connection) => {
      const { ctx, socket } = connection;
      const visitor = await ctx.store.visitors.byId(visitorId(connection));
      if (!visitor) throw new AppError('NOT_REGISTERED');
      await assertConsentCurrent(ctx, visitor);
      const conversation = await startConversation(ctx, visitor, input, { ip: socketClientAddress(socket) });
      socket.join(rooms.conversation(conversation.id));
      return {
        conversation: await view(connection, conversation),
        messages: await ctx.store.messages.after(conversation.id, 0),
      };
    },
  },
  'message:send': {
    request: async ({ conversationId, clientMsgId, text, files }, connection) => {
      const conversation = await ownKnown(connection, conversationId);
      return sendMessage(
        connection.ctx,
        conversation,
        { kind: 'visitor', id: visitorId(connection) },
        { clientMsgId, text, files },
      );
    },
  },
  'conversation:sync': {
    request: async ({ conversationId, afterSeq }, connection) => {
      const conversation = await own(connection, conversationId);
      return {
        conversation: await view(connection, conversation),
        messages: await connection.ctx.store.messages.after(conversation.id, afterSeq),
      };
    },
  },
  'typing:set': {
    // Only in a conversation this socket has proven it owns (it joined the room then): no read needed.
    signal: ({ conversationId, typing }, { ctx, socket }) => {
      if (!socket.data.visitorId || !socket.rooms.has(rooms.conversation(conversationId))) return;
      signalTyping(ctx, conversationId, 'visitor', typing);
    },
  },
  'read:mark': {
    request: async ({ conversationId, seq }, connection) => {
      const conversation = await own(connection, conversationId);
      await markRead(connection.ctx, conversation, 'visitor', seq);
      return null;
    },
  },
  'conversation:end': {
    request: async ({ conversationId }, connection) => {
      const conversation = await own(connection, conversationId);
      const by = { kind: 'visitor' as const, id: visitorId(connection) };
      return view(connection, await closeConversation(connection.ctx, conversation, by, 'visitor_left'));
    },
  },
  'conversation:rate': {
    request: async ({ conversationId, score, comment }, connection) => {
      const conversation = await own(connection, conversationId);
      return view(connection, await rateConversation(connection.ctx, conversation, { score, comment }));
    },
  },
  'conversation:survey': {
    request: async ({ conversationId, answers }, connection) => {
      const conversation = await own(connection, conversationId);
      return view(connection, await surveyConversation(connection.ctx, conversation, answers));
    },
  },
  'data:request': {
    request: async (input, connection) => requestData(connection.ctx, await registered(connection), input),
  },
  'data:confirm': {
    request: async (input, connection) => confirmData(connection.ctx, await registered(connection), input),
  },
  'conversation:transcript': {
    request: async ({ conversationId }, connection) => {
      await queueTranscriptMail(connection.ctx, await own(connection, conversationId));
      return null;
    },
  },
};

/** Mounts the `/visitor` namespace: handshake, then the table on each socket. */
export function registerVisitorNamespace(ctx: AppContext): void {
  const namespace = ctx.realtime.visitor;
  namespace.use(visitorHandshake(ctx, visitorAdmission(ctx.settings)));
  const { perSecond, burst } = ctx.settings.socketRateLimit;
  const limit = rateLimiter(perSecond, burst);
  const mount = eventRouter(visitorEventSchemas, visitorEvents, {
    logger: ctx.logger,
    limit: (socket) => limit(socket.data.visitorId ? `visitor:${socket.data.visitorId}` : `socket:${socket.id}`),
    deadlineMs: ctx.settings.requestDeadlineMs,
    disconnectAfterRefusals: ctx.settings.floodDisconnectAfter,
    maxInFlight: ctx.settings.maxInFlightRequests,
  });
  // One listener for every socket (Socket.IO calls it with the socket as `this`): no closure per idle socket.
  function disconnected(this: VisitorSocket) {
    visitorSocketDisconnected(ctx, this.id).catch((error) =>
      ctx.logger.warn({ err: error }, 'recording a visitor disconnect failed'),
    );
  }
  namespace.on('connection', (socket: VisitorSocket) => {
    socket.on('disconnect', disconnected);
    mount(socket, { ctx, socket });
  });
}
