import { type ReadonlySignal, signal } from '@preact/signals';
import type { ConnectionState, TransportStatus } from '@pst/client';
import type { ErrorCode, VisitorHandshake } from '@pst/protocol';
import type { VisitorTransport } from '../transport/visitor-transport.ts';

export type { ConnectionState };

/** Refusals that another handshake cannot change: this page may not use the chat. */
const FINAL_REFUSALS: ErrorCode[] = ['ORIGIN_NOT_ALLOWED', 'UNKNOWN_OFFICE', 'BAD_REQUEST'];
/** Socket.IO does not retry a handshake the server refused; other refusals are worth another try after this. */
const RETRY_REFUSED_MS = 5_000;
/**
 * After RATE_LIMITED (too many sockets from this address, or too many unknown tokens, refused until the server's
 * minute ends), later: retrying every 5 s would only add to what the server refuses.
 */
const RETRY_RATE_LIMITED_MS = 15_000;

export interface ConnectionModel {
  /** `offline` also when the server refused this page for good (`refusal`); other attempts go on meanwhile. */
  state: ReadonlySignal<ConnectionState>;
  /**
   * Why the server refused this page for good, if it did; or RATE_LIMITED while it turns the handshakes down
   * for now (the next attempt is scheduled; the next status clears it).
   */
  refusal: ReadonlySignal<ErrorCode | undefined>;
  /** Starts connecting, once; `auth` is read on every attempt. */
  start(auth: () => VisitorHandshake): void;
  readonly started: boolean;
  /** Runs after every connection and reconnection: the place to catch up. */
  onConnected(listener: () => void): () => void;
  dispose(): void;
}

/**
 * The connection's explicit state. A reconnect is never trusted to have kept
 * anything: listeners of `onConnected` re-sync from the last sequence number.
 */
export function createConnectionModel(
  transport: VisitorTransport,
  options: { failuresBeforeOffline?: number } = {},
): ConnectionModel {
  const failuresBeforeOffline = options.failuresBeforeOffline ?? 3;
  const state = signal<ConnectionState>('connecting');
  const refusal = signal<ErrorCode | undefined>(undefined);
  const listeners = new Set<() => void>();
  let started = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function onStatus(status: TransportStatus): void {
    if (status.kind === 'connected') {
      failures = 0;
      refusal.value = undefined;
      state.value = 'connected';
      for (const listener of listeners) listener();
      return;
    }
    if (refusal.value === 'RATE_LIMITED') refusal.value = undefined;
    if (status.kind === 'lost') {
      state.value = 'reconnecting';
      return;
    }
    failures++;
    if (status.kind === 'refused') {
      if (status.code && FINAL_REFUSALS.includes(status.code)) refusal.value = status.code;
      else {
        const limited = status.code === 'RATE_LIMITED';
        if (limited) refusal.value = 'RATE_LIMITED';
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => transport.connect(), limited ? RETRY_RATE_LIMITED_MS : RETRY_REFUSED_MS);
      }
    }
    // A first attempt that fails means unreachable; a reconnect gets a few tries before we say so.
    if (refusal.value || state.value === 'connecting' || failures >= failuresBeforeOffline) state.value = 'offline';
  }
  const unsubscribe = transport.onStatus(onStatus);

  return {
    state,
    refusal,
    start(auth) {
      if (started) return;
      started = true;
      transport.connect(auth);
    },
    get started() {
      return started;
    },
    onConnected(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      clearTimeout(retryTimer);
      unsubscribe();
    },
  };
}
