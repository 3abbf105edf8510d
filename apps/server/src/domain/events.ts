import type { ChatChannel, Message, OfficerPresence, OfficeStatus } from '@pst/protocol';
import type { Logger } from '../config/logger.ts';
import type { ConversationRecord, Id, ReminderRecord } from '../store/records.ts';

/** What happened in the domain. Outbound adapters (Socket.IO today; e-mail, Telegram, WhatsApp next) subscribe. */
export type DomainEvent =
  /** A message was stored (visitor, officer or system). */
  | { type: 'message.created'; conversation: ConversationRecord; message: Message }
  /** Assigned, accepted, transferred, requeued, closed or rated. */
  | { type: 'conversation.changed'; conversation: ConversationRecord }
  /** The office's queue, first in line first, after any change to it. */
  | { type: 'queue.changed'; office: string; queue: ConversationRecord[] }
  /** The office's officers (presence and load), and whether a live chat is possible now. */
  | { type: 'presence.changed'; office: string; officers: OfficerPresence[]; status: OfficeStatus }
  /**
   * A deadline reminder was recorded for one officer (sent once): `due_soon` to the assigned officer one
   * working day before the due date, `overdue` to a supervisor. In-app today; an e-mail adapter subscribes later.
   */
  | { type: 'deadline.reminder'; reminder: ReminderRecord; conversation: ConversationRecord }
  /**
   * Words to a chat app's sender that are no conversation message: a guest-book question, the queue notice.
   * The chat-channel adapter sends each once by its `key`.
   */
  | { type: 'channel.reply'; reply: ChannelReply }
  /** Ephemeral: never stored. */
  | { type: 'typing.changed'; conversationId: Id; author: 'visitor' | 'officer'; typing: boolean }
  /** A side read up to `seq` (stored before): the other side's read receipts. */
  | { type: 'read.marked'; conversationId: Id; reader: 'visitor' | 'officer'; seq: number }
  /** The officer's role, offices, password or access changed: their open tabs must not act on the old. */
  | { type: 'officer.access_changed'; officerId: Id }
  /** A sign-out, or a new sign-in replacing a session: that session's tabs close. */
  | { type: 'session.ended'; sessionId: string };

export interface ChannelReply {
  key: string;
  office: string;
  channel: ChatChannel;
  chatId: string;
  text: string;
  /** Buttons the sender may tap instead of typing (their ids come back as a choice). */
  choices?: { id: string; label: string }[];
}

export type DomainEventListener = (event: DomainEvent) => void;

export interface DomainEvents {
  emit(event: DomainEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: DomainEventListener): () => void;
}

/** A synchronous bus: a listener that throws is logged and never stops the domain or other listeners. */
export function createDomainEvents(logger: Logger): DomainEvents {
  const listeners = new Set<DomainEventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.error({ err: error, event: event.type }, 'domain event listener failed');
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
