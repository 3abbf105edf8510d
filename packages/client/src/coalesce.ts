/**
 * Runs `round` now or, while one is under way, once more after it: a burst of calls costs at most two rounds,
 * and each caller's promise settles after a round that began after its call (so a call made when the
 * connection came back is never swallowed by a round that failed for want of it).
 */
export function coalesce(round: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;

  async function rounds(): Promise<void> {
    try {
      do {
        again = false;
        await round();
      } while (again);
    } finally {
      // In the same step as the last check of `again`: a call from now on starts a run of its own.
      running = undefined;
    }
  }

  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = rounds();
    return running;
  };
}
