import { createSocketTransport } from '@pst/client';
import type {
  Message,
  VisitorClientToServerEvents,
  VisitorHandshake,
  VisitorServerToClientEvents,
} from '@pst/protocol';

/**
 * A visitor's widget reduced to what recovery is about: the shared client layer's transport (its reconnect
 * backoff, as the widget has it), a transcript position, and a catch-up (`conversation:sync`) after every
 * connection and on a gap. `seq` is the highest message held with none missing before it.
 */
export function catchingUpVisitor(url: string, origin: string, handshake: VisitorHandshake, conversationId: string) {
  const transport = createSocketTransport<VisitorClientToServerEvents, VisitorServerToClientEvents, VisitorHandshake>({
    url: `${url}/visitor`,
    socket: { transports: ['websocket'], extraHeaders: { origin } },
  });
  let seq = 0;
  const waiters = new Set<() => void>();
  const advance = (next: number) => {
    seq = Math.max(seq, next);
    for (const wake of waiters) wake();
  };
  const catchUp = async () => {
    const reply = await transport.request('conversation:sync', { conversationId, afterSeq: seq });
    if (reply.ok) advance(reply.data.messages.reduce((top, message) => Math.max(top, message.seq), seq));
  };
  transport.onStatus((status) => {
    if (status.kind === 'connected') void catchUp();
  });
  transport.on('message:created', (message: Message) => {
    if (message.conversationId !== conversationId) return;
    if (message.seq === seq + 1) advance(message.seq);
    else if (message.seq > seq + 1) void catchUp();
  });
  return {
    get seq() {
      return seq;
    },
    start(from: number) {
      seq = from;
      transport.connect(() => handshake);
    },
    /** Resolves with the moment (performance.now()) it holds every message up to `target`. */
    caughtUp(target: number): Promise<number> {
      return new Promise((resolve) => {
        const check = () => {
          if (seq < target) return;
          waiters.delete(check);
          resolve(performance.now());
        };
        waiters.add(check);
        check();
      });
    },
    close() {
      transport.close();
    },
  };
}
