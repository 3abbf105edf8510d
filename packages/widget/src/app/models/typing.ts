import { type ReadonlySignal, signal } from '@preact/signals';

export interface TypingModel {
  /** The officer is typing now. */
  officerTyping: ReadonlySignal<boolean>;
  officerChanged(typing: boolean): void;
  /** The visitor pressed a key in the composer. */
  visitorTyped(): void;
  /** The visitor sent, or left the composer. */
  visitorStopped(): void;
  dispose(): void;
}

/**
 * Typing both ways. The visitor's side is debounced: one `typing: true` when
 * typing starts, one `typing: false` after a pause, not one event per key.
 * The officer's indicator clears itself if their `false` never arrives.
 */
export function createTypingModel(deps: {
  send(typing: boolean): void;
  /** Quiet time after which the visitor counts as no longer typing. */
  pauseMs?: number;
  /** How long the officer's indicator shows without news. */
  officerTimeoutMs?: number;
}): TypingModel {
  const pauseMs = deps.pauseMs ?? 3000;
  const officerTimeoutMs = deps.officerTimeoutMs ?? 10_000;
  const officerTyping = signal(false);
  let officerTimer: ReturnType<typeof setTimeout> | undefined;
  let visitorTimer: ReturnType<typeof setTimeout> | undefined;
  let visitorTyping = false;

  function visitorStopped(): void {
    clearTimeout(visitorTimer);
    if (!visitorTyping) return;
    visitorTyping = false;
    deps.send(false);
  }

  return {
    officerTyping,
    officerChanged(typing) {
      clearTimeout(officerTimer);
      officerTyping.value = typing;
      if (typing) officerTimer = setTimeout(() => (officerTyping.value = false), officerTimeoutMs);
    },
    visitorTyped() {
      if (!visitorTyping) {
        visitorTyping = true;
        deps.send(true);
      }
      clearTimeout(visitorTimer);
      visitorTimer = setTimeout(visitorStopped, pauseMs);
    },
    visitorStopped,
    dispose() {
      clearTimeout(officerTimer);
      clearTimeout(visitorTimer);
    },
  };
}
