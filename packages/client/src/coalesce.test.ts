import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.ts';

/** A round that waits until the test lets it finish. */
function gatedRounds(result?: boolean) {
  const gates: (() => void)[] = [];
  let started = 0;
  const run = coalesce(async () => {
    started++;
    await new Promise<void>((resolve) => gates.push(resolve));
    return result;
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

  it('skips the extra round when a round says to stop', async () => {
    const { run, open, started } = gatedRounds(false);
    const calls = [run(), run()];
    await open();
    await Promise.all(calls);
    expect(started()).toBe(1);
  });
});
