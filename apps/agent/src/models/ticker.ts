import { type ReadonlySignal, signal } from '@preact/signals';

/** The current time, refreshed every `intervalMs`, for waiting times that count up on screen. */
export function createTicker(intervalMs = 30_000): { now: ReadonlySignal<number>; start(): void; stop(): void } {
  const now = signal(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    now,
    start() {
      timer ??= setInterval(() => {
        now.value = Date.now();
      }, intervalMs);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
