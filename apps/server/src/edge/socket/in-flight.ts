import type { Server } from 'socket.io';
import { AppError } from '../../errors.ts';

/**
 * The socket requests a server node is working on. A shutdown answers every
 * one of them before it closes: once draining, new requests are refused
 * UNAVAILABLE (retryable: the client resends on another node) and `drain()`
 * resolves when the running ones have been answered. Under load, a node with
 * `capacity` requests' work still running refuses more the same way, at once,
 * rather than queueing them behind a backlog that would answer everyone late.
 */
export class InFlight {
  /** Requests admitted and not yet answered. */
  private answering = 0;
  /** Handlers' work not yet settled, including work whose request was answered at its deadline. */
  private working = 0;
  private draining = false;
  private shedding = false;
  private waiters: (() => void)[] = [];

  /**
   * Runs one request's answer, or refuses it UNAVAILABLE while stopping or at `capacity`. `onShed` is called
   * when refusals for load begin (once per episode, so a log line is written once, not per request).
   */
  async run<T>(work: () => Promise<T>, capacity = Number.POSITIVE_INFINITY, onShed?: () => void): Promise<T> {
    if (this.draining) {
      throw new AppError('UNAVAILABLE', 'Server sedang berhenti; coba lagi. / The server is stopping; try again.');
    }
    if (this.working >= capacity) {
      if (!this.shedding) onShed?.();
      this.shedding = true;
      throw new AppError('UNAVAILABLE', 'Server sedang sibuk; coba lagi. / The server is busy; try again.');
    }
    this.shedding = false;
    this.answering++;
    try {
      return await work();
    } finally {
      this.answering--;
      if (this.answering === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Counts a handler's work until it settles, even after its request was answered at the deadline. */
  track<T>(work: Promise<T>): Promise<T> {
    this.working++;
    const settled = () => {
      this.working--;
    };
    work.then(settled, settled);
    return work;
  }

  /** Refuses new requests and resolves when the running ones are answered, or after `ms`. */
  drain(ms: number): Promise<void> {
    this.draining = true;
    if (this.answering === 0) return Promise.resolve();
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

/** The tracker of one Socket.IO server (one per app, both namespaces), created on first use. */
export function inFlightOf(io: Server): InFlight {
  let tracker = trackers.get(io);
  if (!tracker) {
    tracker = new InFlight();
    trackers.set(io, tracker);
  }
  return tracker;
}
