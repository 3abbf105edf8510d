import { type ReadonlySignal, signal } from '@preact/signals';
import type { ConnectionState, TransportStatus } from '@pst/client';
import type { AgentTransport } from '../lib/transport.ts';

/**
 * `connecting`: the first attempt; `connected`; `reconnecting`: was connected
 * and is trying again; `offline`: the browser has no network, or the server
 * refused and a retry is scheduled.
 */
export type { ConnectionState };

export interface ConnectionOptions {
  /** Runs on every (re)connection: the place to catch up. `first` is true only once. */
  onConnected(first: boolean): void;
  /** The server refused the handshake because the session is gone. */
  onUnauthenticated(): void;
  /** Where `online`/`offline` events come from; none in tests. */
  network?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { navigator: { onLine: boolean } };
  /** Wait before trying again after a refusal other than UNAUTHENTICATED. Default 5 s. */
  retryDelayMs?: number;
}

export interface ConnectionModel {
  state: ReadonlySignal<ConnectionState>;
  start(): void;
  stop(): void;
}

/** The socket's life as explicit states, with catch-up and expiry hooks. */
export function createConnectionModel(transport: AgentTransport, options: ConnectionOptions): ConnectionModel {
  const state = signal<ConnectionState>('connecting');
  let everConnected = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const cleanups: (() => void)[] = [];

  const onStatus = (status: TransportStatus) => {
    switch (status.kind) {
      case 'connected': {
        const first = !everConnected;
        everConnected = true;
        state.value = 'connected';
        options.onConnected(first);
        return;
      }
      case 'lost':
      case 'retrying':
        if (options.network && !options.network.navigator.onLine) state.value = 'offline';
        else state.value = everConnected ? 'reconnecting' : 'connecting';
        return;
      case 'refused':
        state.value = 'offline';
        if (status.code === 'UNAUTHENTICATED') {
          options.onUnauthenticated();
          return;
        }
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => transport.connect(), options.retryDelayMs ?? 5000);
        return;
    }
  };

  return {
    state,
    start() {
      cleanups.push(transport.onStatus(onStatus));
      const network = options.network;
      if (network) {
        const offline = () => {
          state.value = 'offline';
        };
        const online = () => {
          if (transport.connected) state.value = 'connected';
          else state.value = everConnected ? 'reconnecting' : 'connecting';
        };
        network.addEventListener('offline', offline);
        network.addEventListener('online', online);
        cleanups.push(() => {
          network.removeEventListener('offline', offline);
          network.removeEventListener('online', online);
        });
      }
      transport.connect();
    },
    stop() {
      clearTimeout(retryTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      transport.close();
    },
  };
}
