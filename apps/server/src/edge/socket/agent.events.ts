import { type AgentClientToServerEvents, agentEventSchemas, type Inbox, type OfficerPresence } from '@pst/protocol';
import {
  assertAllowed,
  mayChangeDeadline,
  mayClose,
  maySetTopic,
  mayTransfer,
  mayWrite,
  visibleConversation,
} from '../../access/policy.ts';
import type { AppContext } from '../../context.ts';
import type { AuthenticatedOfficer } from '../../domain/auth/authenticated-officer.ts';
import { announcePresence } from '../../domain/conversations/announce.ts';
import { toDetail } from '../../domain/conversations/conversation.detail.ts';
import { toSummary } from '../../domain/conversations/conversation.views.ts';
import { closeConversation, sendMessage } from '../../domain/conversations/lifecycle.ts';
import { markRead } from '../../domain/conversations/read-marks.ts';
import { acceptConversation, drainQueue, transferConversation } from '../../domain/conversations/routing.ts';
import { setTopic } from '../../domain/conversations/topic.ts';
import { signalTyping } from '../../domain/conversations/typing.ts';
import { pauseDeadline, resumeDeadline } from '../../domain/deadlines/deadline-clock.ts';
import { toReminder } from '../../domain/deadlines/reminders.ts';
import { toOfficerSelf } from '../../domain/officers/officer.service.ts';
import { toOfficeDesk } from '../../domain/offices/office-status.ts';
import { officePresence, socketConnected, socketDisconnected } from '../../domain/presence/presence.service.ts';
import { logAccess } from '../../domain/privacy/access-log.ts';
import { AppError } from '../../errors.ts';
import type { OfficeRecord } from '../../store/records.ts';
import { type AgentSocket, agentHandshake } from './agent.handshake.ts';
import { knownConversations } from './known-conversations.ts';
import { rateLimiter } from './rate-limit.ts';
import { rooms } from './rooms.ts';
import { type EventTable, eventRouter } from './router.ts';

interface AgentConnection {
  ctx: AppContext;
  socket: AgentSocket;
  officer: AuthenticatedOfficer;
}

/** A conversation of one of the officer's offices; another office's is "not found". */
async function visible({ ctx, officer }: AgentConnection, id: string) {
  return visibleConversation(officer, await ctx.store.conversations.byId(id));
}

/**
 * A conversation the officer may write to, read once per socket and again after it changes hands
 * (`known-conversations.ts`); its room is joined, which is how a change reaches this socket's copy.
 */
async function writable(connection: AgentConnection, id: string) {
  const { ctx, officer, socket } = connection;
  const now = ctx.clock.now().getTime();
  const known = knownConversations.get(socket, id, now);
  if (known && mayWrite(officer, known)) return known;
  const conversation = await visible(connection, id);
  assertAllowed(mayWrite(officer, conversation));
  knownConversations.remember(socket, conversation, now);
  return conversation;
}

/** The offices the officer serves, as stored. */
async function officesOf({ ctx, officer }: AgentConnection): Promise<OfficeRecord[]> {
  const offices = await Promise.all(officer.offices.map((code) => ctx.store.offices.byCode(code)));
  return offices.filter((office) => office !== undefined);
}

/** Every queue, colleague and own chat the officer needs on (re)connect. */
async function inbox(connection: AgentConnection): Promise<Inbox> {
  const { ctx, officer } = connection;
  const self = await ctx.store.officers.byId(officer.id);
  if (!self) throw new AppError('UNAUTHENTICATED');
  const queue = [];
  const officers = new Map<string, OfficerPresence>();
  const offices = await officesOf(connection);
  for (const office of offices) {
    const queued = await ctx.store.conversations.queued(office.code);
    queue.push(...queued.map((conversation, index) => toSummary(conversation, index + 1)));
    for (const presence of await officePresence(ctx, office)) officers.set(presence.id, presence);
  }
  const [mine, reminders] = await Promise.all([
    ctx.store.conversations.activeOf(officer.id),
    ctx.store.reminders.openOf(officer.id),
  ]);
  return {
    me: toOfficerSelf(self),
    queue,
    mine: mine.map((conversation) => toSummary(conversation)),
    officers: [...officers.values()],
    desks: offices.map(toOfficeDesk),
    reminders: reminders.map(toReminder),
    serverTime: ctx.clock.now().toISOString(),
  };
}

/** Capacity may have changed: each of the officer's offices drains its queue and tells everyone. */
async function officesChanged({ ctx, officer }: AgentConnection): Promise<void> {
  for (const code of officer.offices) await drainQueue(ctx, code);
}

/** The `/agent` namespace: every event an officer may send, and where it is handled. */
export const agentEvents: EventTable<AgentClientToServerEvents, typeof agentEventSchemas, AgentConnection> = {
  'inbox:sync': { request: (_input, connection) => inbox(connection) },
  'presence:set': {
    request: async ({ status }, connection) => {
      const updated = await connection.ctx.store.officers.setStatus(connection.officer.id, status);
      if (!updated) throw new AppError('UNAUTHENTICATED');
      // Coming online frees capacity: the queue drains; any change updates everyone's view.
      await officesChanged(connection);
      return toOfficerSelf(updated);
    },
  },
  'conversation:accept': {
    request: async ({ conversationId }, connection) => {
      const { ctx, officer, socket } = connection;
      const conversation = await visible(connection, conversationId);
      const accepted = await acceptConversation(ctx, conversation, { id: officer.id, name: officer.name });
      socket.join(rooms.conversation(accepted.id));
      return toSummary(accepted);
    },
  },
  'conversation:sync': {
    request: async ({ conversationId, afterSeq }, connection) => {
      const { ctx, socket } = connection;
      const conversation = await visible(connection, conversationId);
      socket.join(rooms.conversation(conversation.id));
      // Opening a guest book and its transcript is recorded (UU PDP); a catch-up after a reconnect is not.
      if (afterSeq === 0) {
        await logAccess(ctx, {
          officer: connection.officer.id,
          office: conversation.office,
          what: 'conversation',
          conversation: conversation.id,
          visitor: conversation.visitor,
        });
      }
      return {
        conversation: await toDetail(ctx, conversation),
        messages: await ctx.store.messages.after(conversation.id, afterSeq),
      };
    },
  },
  'message:send': {
    request: async ({ conversationId, clientMsgId, text, files }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await writable(connection, conversationId);
      const author = { kind: 'officer' as const, id: officer.id, name: officer.name };
      return sendMessage(ctx, conversation, author, { clientMsgId, text, files });
    },
  },
  'typing:set': {
    signal: async ({ conversationId, typing }, connection) => {
      // Only in a conversation this tab opened (it joined the room then): anything else is dropped unread.
      if (!connection.socket.rooms.has(rooms.conversation(conversationId))) return;
      const conversation = await writable(connection, conversationId).catch(() => undefined);
      if (conversation) signalTyping(connection.ctx, conversation.id, 'officer', typing);
    },
  },
  'read:mark': {
    request: async ({ conversationId, seq }, connection) => {
      const conversation = await writable(connection, conversationId);
      await markRead(connection.ctx, conversation, 'officer', seq);
      return null;
    },
  },
  'conversation:transfer': {
    request: async ({ conversationId, officerId: target }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await visible(connection, conversationId);
      assertAllowed(mayTransfer(officer, conversation));
      return toSummary(await transferConversation(ctx, conversation, target, { kind: 'officer', id: officer.id }));
    },
  },
  'conversation:close': {
    request: async ({ conversationId, topic, summary }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await visible(connection, conversationId);
      assertAllowed(mayClose(officer, conversation));
      const by = { kind: 'officer' as const, id: officer.id };
      return toSummary(await closeConversation(ctx, conversation, by, 'resolved', { topic, summary }));
    },
  },
  'conversation:topic': {
    request: async ({ conversationId, topic }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await visible(connection, conversationId);
      assertAllowed(maySetTopic(officer, conversation));
      return toSummary(await setTopic(ctx, conversation, topic));
    },
  },
  'deadline:pause': {
    request: async ({ conversationId }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await visible(connection, conversationId);
      assertAllowed(mayChangeDeadline(officer, conversation));
      return toSummary(await pauseDeadline(ctx, conversation, { kind: 'officer', id: officer.id }));
    },
  },
  'deadline:resume': {
    request: async ({ conversationId }, connection) => {
      const { ctx, officer } = connection;
      const conversation = await visible(connection, conversationId);
      assertAllowed(mayChangeDeadline(officer, conversation));
      return toSummary(await resumeDeadline(ctx, conversation, { kind: 'officer', id: officer.id }));
    },
  },
  'reminder:dismiss': {
    request: async ({ reminderId }, { ctx, officer }) => {
      if (!(await ctx.store.reminders.dismiss(reminderId, officer.id, ctx.clock.now()))) {
        throw new AppError('NOT_FOUND');
      }
      return null;
    },
  },
};

async function onAgentConnection(
  ctx: AppContext,
  socket: AgentSocket,
  mount: (socket: AgentSocket, connection: AgentConnection) => void,
): Promise<void> {
  const officer = socket.data.officer;
  const connection: AgentConnection = { ctx, socket, officer };

  socket.join(officer.offices.map(rooms.office));
  socket.on('disconnect', () => {
    socketDisconnected(ctx, socket.id)
      .then(() => officesOf(connection))
      .then((offices) => Promise.all(offices.map((office) => announcePresence(ctx, office))))
      .catch((error) => ctx.logger.warn({ err: error }, 'recording a disconnect failed'));
  });
  mount(socket, connection);
  await socketConnected(ctx, officer.id, socket.id);
  await officesChanged(connection);
}

/** Mounts the `/agent` namespace: handshake (session cookie), then the table on each socket. */
export function registerAgentNamespace(ctx: AppContext): void {
  const namespace = ctx.realtime.agent;
  namespace.use(agentHandshake(ctx));
  const { perSecond, burst } = ctx.settings.socketRateLimit;
  const limit = rateLimiter(2 * perSecond, 2 * burst);
  const mount = eventRouter(agentEventSchemas, agentEvents, {
    logger: ctx.logger,
    limit: (socket) => limit(`officer:${(socket as AgentSocket).data.officer.id}`),
    deadlineMs: ctx.settings.requestDeadlineMs,
    disconnectAfterRefusals: ctx.settings.floodDisconnectAfter,
    maxInFlight: ctx.settings.maxInFlightRequests,
  });
  namespace.on('connection', (socket: AgentSocket) => {
    onAgentConnection(ctx, socket, mount).catch((error) => {
      ctx.logger.error({ err: error }, 'agent connection setup failed');
      socket.disconnect(true);
    });
  });
}
