import type { Socket } from 'socket.io';

/** Answers an unknown event that asked for an ack with BAD_REQUEST, instead of leaving the caller waiting. */
export function refuseUnknownEvents(socket: Socket, known: readonly string[]): void {
  const names = new Set(known);
  socket.onAny((event: string, ...args: unknown[]) => {
    if (names.has(event)) return;
    const ack = args.at(-1);
    if (typeof ack === 'function')
      ack({ ok: false, error: { code: 'BAD_REQUEST', message: `Unknown event "${event}".` } });
  });
}
