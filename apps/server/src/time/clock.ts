/** Where the server reads the time: service hours, deadlines and auto-close all ask it, never Date.now(). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests (and the development clock endpoint) move by hand. */
export interface SettableClock extends Clock {
  set(instant: Date): void;
  advance(ms: number): void;
  /** Back to following the system clock. */
  reset(): void;
}

export function settableClock(start?: Date): SettableClock {
  let offsetMs = start ? start.getTime() - Date.now() : 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (instant) => {
      offsetMs = instant.getTime() - Date.now();
    },
    advance: (ms) => {
      offsetMs += ms;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}
