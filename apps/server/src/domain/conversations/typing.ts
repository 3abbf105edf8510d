import type { Id } from '../../store/records.ts';
import type { DomainContext } from '../context.ts';

/** Per app, conversation and side: the state sent last and the newest one not yet sent. */
const relaying = new WeakMap<DomainContext, Map<string, { sent: boolean; latest: boolean }>>();

/**
 * Typing is ephemeral: announced, never stored, and at most once per
 * `typingRelayIntervalMs` per conversation and side, so a flood of signals
 * costs the other side a few events a second. A signal carries a state, so
 * the newest one of an interval is sent at its end if it differs from the
 * last sent: the indicator always ends where the typist left it.
 */
export function signalTyping(ctx: DomainContext, conversationId: Id, author: 'visitor' | 'officer', typing: boolean) {
  const windows = relaying.get(ctx) ?? new Map<string, { sent: boolean; latest: boolean }>();
  relaying.set(ctx, windows);
  const key = `${conversationId}:${author}`;
  const open = windows.get(key);
  if (open) {
    open.latest = typing;
    return;
  }
  const window = { sent: typing, latest: typing };
  windows.set(key, window);
  ctx.events.emit({ type: 'typing.changed', conversationId, author, typing });
  setTimeout(() => {
    windows.delete(key);
    if (window.latest !== window.sent) signalTyping(ctx, conversationId, author, window.latest);
  }, ctx.settings.typingRelayIntervalMs).unref();
}

/**
 * A message from `author` ends their typing on the other side (the clients clear the indicator when
 * it arrives), so the relay forgets having sent "typing": the next "typing" is sent again.
 */
export function typingEndedByMessage(ctx: DomainContext, conversationId: Id, author: 'visitor' | 'officer'): void {
  const open = relaying.get(ctx)?.get(`${conversationId}:${author}`);
  if (open) open.sent = false;
}
