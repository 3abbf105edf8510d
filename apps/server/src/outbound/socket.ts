import { toSummary, toVisitorConversation } from '../domain/conversations/conversation.views.ts';
import { toReminder } from '../domain/deadlines/reminders.ts';
import type { DomainEvent, DomainEvents } from '../domain/events.ts';
import type { Realtime } from '../edge/socket/io.ts';
import { rooms } from '../edge/socket/rooms.ts';

/**
 * The Socket.IO adapter: hears the domain's events and tells the rooms that
 * care. Visitors are in their conversation's room and their office's room;
 * officers in their offices', their own and the conversations they opened.
 * With Redis, rooms span every node.
 */
export function subscribeSocketRooms(events: DomainEvents, { visitor, agent }: Realtime): () => void {
  return events.subscribe((event: DomainEvent) => {
    switch (event.type) {
      case 'message.created': {
        const { conversation, message } = event;
        visitor.to(rooms.conversation(conversation.id)).emit('message:created', message);
        const officerRooms = [rooms.conversation(conversation.id)];
        if (conversation.officer) officerRooms.push(rooms.officer(conversation.officer));
        agent.to(officerRooms).emit('message:created', message);
        return;
      }
      case 'conversation.changed': {
        const { conversation } = event;
        visitor
          .to(rooms.conversation(conversation.id))
          .emit('conversation:updated', toVisitorConversation(conversation));
        agent
          .to([rooms.conversation(conversation.id), rooms.office(conversation.office)])
          .emit('conversation:updated', toSummary(conversation));
        return;
      }
      case 'queue.changed': {
        const { office, queue } = event;
        agent.to(rooms.office(office)).emit('queue:updated', {
          officeCode: office,
          queue: queue.map((conversation, index) => toSummary(conversation, index + 1)),
        });
        queue.forEach((conversation, index) => {
          visitor
            .to(rooms.conversation(conversation.id))
            .emit('conversation:updated', toVisitorConversation(conversation, index + 1));
        });
        return;
      }
      case 'presence.changed': {
        for (const officer of event.officers) agent.to(rooms.office(event.office)).emit('presence:updated', officer);
        visitor.to(rooms.office(event.office)).emit('office:status', event.status);
        return;
      }
      case 'typing.changed': {
        const { conversationId, author, typing } = event;
        // Each side hears the other only.
        const to = author === 'visitor' ? agent : visitor;
        to.to(rooms.conversation(conversationId)).emit('typing:changed', { conversationId, author, typing });
        return;
      }
      case 'read.marked': {
        const { conversationId, reader, seq } = event;
        // The receipt goes to the side whose messages were read.
        const to = reader === 'visitor' ? agent : visitor;
        to.to(rooms.conversation(conversationId)).emit('read:marked', { conversationId, reader, seq });
        return;
      }
      case 'deadline.reminder': {
        const { reminder } = event;
        if (reminder.officer) agent.to(rooms.officer(reminder.officer)).emit('reminder:created', toReminder(reminder));
        return;
      }
      case 'officer.access_changed':
        disconnectEverywhere(agent, rooms.officer(event.officerId));
        return;
      case 'session.ended':
        disconnectEverywhere(agent, rooms.session(event.sessionId));
        return;
    }
  });
}

/**
 * The Redis adapter carries a `disconnectSockets` to every node through Redis, this one included, so while
 * Redis is away even this node's tabs would stay connected after a sign-out. This node's go at once; the
 * others when the request reaches them (here a second time finds nobody left).
 */
function disconnectEverywhere(agent: Realtime['agent'], room: string): void {
  agent.local.in(room).disconnectSockets(true);
  agent.in(room).disconnectSockets(true);
}
