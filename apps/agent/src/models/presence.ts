import { type ReadonlySignal, signal } from '@preact/signals';
import { isUnanswered } from '@pst/client';
import type { OfficerSelf, PresenceStatus } from '@pst/protocol';
import type { AgentTransport } from '../lib/transport.ts';

export interface PresenceModel {
  /** The status chosen while the socket was not connected, sent once it is; null when none waits. */
  pending: ReadonlySignal<PresenceStatus | null>;
  /** Sends the choice now, or keeps it (the newest wins) until the socket connects. */
  set(status: PresenceStatus): Promise<void>;
  /** Sends a waiting choice; runs on every (re)connection, before the catch-up. */
  flush(): Promise<void>;
}

interface PresenceDeps {
  transport: AgentTransport;
  onChanged(me: OfficerSelf): void;
  onRefused(code: string): void;
}

/**
 * The officer's chosen status. A choice made before the socket has connected (right after sign-in, or during a
 * reconnect) is not lost: the transport answers such a request `offline` at once, so it waits here instead.
 */
export function createPresenceModel({ transport, onChanged, onRefused }: PresenceDeps): PresenceModel {
  const pending = signal<PresenceStatus | null>(null);

  const send = async (status: PresenceStatus) => {
    const ack = await transport.request('presence:set', { status });
    // Never sent (the link dropped just now): it waits, unless a newer choice already does.
    if (!ack.ok && isUnanswered(ack) && ack.noAnswer === 'offline') {
      pending.value ??= status;
      return;
    }
    // A newer choice made while this one was under way still waits to be sent.
    if (pending.value === status) pending.value = null;
    if (ack.ok) onChanged(ack.data);
    else onRefused(ack.error.code);
  };

  return {
    pending,
    async set(status) {
      if (transport.connected) await send(status);
      else pending.value = status;
    },
    async flush() {
      const status = pending.value;
      if (status) await send(status);
    },
  };
}
