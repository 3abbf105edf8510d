import type { Socket } from 'socket.io';
import type { ConversationRecord } from '../../store/records.ts';
import { rooms } from './rooms.ts';

/** A socket writes to a handful of conversations; more than this and it starts over. */
const MAX_KNOWN = 32;
/** Bounds how long a copy can outlive a change whose event was lost between nodes (Redis away). */
const MAX_AGE_MS = 60_000;

interface Known {
  conversation: ConversationRecord;
  readAt: number;
}

const perSocket = new WeakMap<Socket, Map<string, Known>>();

/** The conversation ids an outgoing event says have changed, so a socket's copies of them are stale. */
function changedBy(event: string, payload: unknown): string[] {
  const body = payload as { id?: unknown; conversationId?: unknown; author?: unknown; queue?: { id?: unknown }[] };
  if (!body || typeof body !== 'object') return [];
  // Every transition (assigned, accepted, transferred, requeued, closed, visitor gone) posts a system message.
  if (event === 'message:created' && body.author === 'system') return [String(body.conversationId)];
  if (event === 'conversation:updated') return [String(body.id)];
  if (event === 'queue:updated') return (body.queue ?? []).map((entry) => String(entry.id));
  return [];
}

function knownOf(socket: Socket): Map<string, Known> {
  let known = perSocket.get(socket);
  if (!known) {
    const map = new Map<string, Known>();
    // Broadcasts from any node reach this socket's rooms through the adapter, and outgoing listeners hear them.
    socket.onAnyOutgoing((event: string, payload: unknown) => {
      for (const id of changedBy(event, payload)) map.delete(id);
    });
    perSocket.set(socket, map);
    known = map;
  }
  return known;
}

/**
 * The conversation as this socket last read it and was allowed to write to it, so a send needs no read:
 * ownership is checked once per socket, and again after the conversation changes hands. Any change of a
 * conversation reaches its room (which `remember` joins) as an event, on every node, and drops the copy.
 */
export const knownConversations = {
  get(socket: Socket, id: string, now: number): ConversationRecord | undefined {
    const entry = perSocket.get(socket)?.get(id);
    if (!entry || now - entry.readAt > MAX_AGE_MS || now < entry.readAt) return undefined;
    return entry.conversation;
  },
  remember(socket: Socket, conversation: ConversationRecord, now: number): void {
    const known = knownOf(socket);
    if (known.size >= MAX_KNOWN) known.clear();
    socket.join(rooms.conversation(conversation.id));
    known.set(conversation.id, { conversation, readAt: now });
  },
  forget(socket: Socket, id: string): void {
    perSocket.get(socket)?.delete(id);
  },
};
