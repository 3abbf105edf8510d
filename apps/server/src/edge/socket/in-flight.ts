import type { Server } from 'socket.io';
import { AppError } from '../../errors.ts';

/**
 * The socket requests a server node is working on, so a shutdown can answer
 * every one of them before it closes: once draining, new requests are
 * refused UNAVAILABLE (retryable: the client resends on another node) and
 * `idle()` resolves when the running ones have been answered.
 */
export class InFlight {
  private running = 0;
  private draining = false;
  private waiters: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.draining) {
      throw new AppError('UNAVAILABLE', 'Server sedang berhenti; coba lagi. / The server is stopping; try again.');
    }
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Refuses new requests and resolves when the running ones are answered, or after `ms`. */
  drain(ms: number): Promise<void> {
    this.draining = true;
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

const trackers = new WeakMap<Server, InFlight>();

/** The tracker of one Socket.IO server (one per app), created on first use. */
export function inFlightOf(io: Server): InFlight {
  let tracker = trackers.get(io);
  if (!tracker) {
    tracker = new InFlight();
    trackers.set(io, tracker);
  }
  return tracker;
}
