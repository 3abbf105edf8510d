import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.ts';

/** A round that waits until the test lets it finish. */
function gatedRounds() {
  const gates: (() => void)[] = [];
  let started = 0;
  const run = coalesce(async () => {
    started++;
    await new Promise<void>((resolve) => gates.push(resolve));
  });
  const open = async () => {
    while (gates.length === 0) await Promise.resolve();
    gates.shift()?.();
  };
  return { run, open, started: () => started };
}

describe('coalesce', () => {
  it('turns a burst of calls during a round into one more round', async () => {
    const { run, open, started } = gatedRounds();
    const calls = [run(), run(), run()];
    await open();
    await open();
    await Promise.all(calls);
    expect(started()).toBe(2);
    const later = run();
    await open();
    await later;
    expect(started()).toBe(3);
  });

  it('lets a failed round end the run, and starts the next call afresh', async () => {
    let fail = true;
    let started = 0;
    const run = coalesce(async () => {
      started++;
      if (fail) throw new Error('down');
    });
    await expect(run()).rejects.toThrow('down');
    fail = false;
    await run();
    expect(started).toBe(2);
  });

  it('never lets a call slip between the last round and the end of the run', async () => {
    let now = 0;
    /** When each finished round began. */
    const finished: number[] = [];
    const run = coalesce(async () => {
      const start = now;
      await Promise.resolve();
      finished.push(start);
    });
    const served: Promise<boolean>[] = [];
    // Calls spaced by 1 to 8 microtasks: some land just as a run ends.
    for (let gap = 1; gap <= 8; gap++) {
      for (let call = 0; call < 10; call++) {
        const at = ++now;
        served.push(run().then(() => finished.some((start) => start >= at)));
        for (let tick = 0; tick < gap; tick++) await Promise.resolve();
      }
    }
    expect(await Promise.all(served)).not.toContain(false);
  });
});
