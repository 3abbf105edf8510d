/**
 * Runs `round` now or, while one is under way, once more after it: a burst of calls costs at most two rounds,
 * and each caller's promise settles after a round that began after its call. A round that returns `false`
 * ends the run without the extra round (e.g. the connection is gone; the next one starts over).
 */
export function coalesce(round: () => Promise<boolean | undefined>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;

  async function rounds(): Promise<void> {
    do {
      again = false;
      if ((await round()) === false) return;
    } while (again);
  }

  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = rounds().finally(() => {
      running = undefined;
    });
    return running;
  };
}
