import { AppError } from '../../errors.ts';

interface Bucket {
  tokens: number;
  last: number;
}

/**
 * A token bucket per identity (a visitor, an officer, or a socket before it
 * has one): `burst` requests at once, refilled at `perSecond`, shared by all
 * that identity's sockets on this node, so opening more tabs buys no more.
 * Uses the monotonic wall time on purpose: flood control is not domain time.
 */
export function rateLimiter(perSecond: number, burst: number): (identity: string) => void {
  const buckets = new Map<string, Bucket>();
  const refillMs = (burst / perSecond) * 1000;
  let sweptAt = performance.now();
  return (identity) => {
    const now = performance.now();
    if (now - sweptAt > refillMs) {
      // A bucket idle long enough to be full again is the same as none.
      for (const [key, bucket] of buckets) if (now - bucket.last > refillMs) buckets.delete(key);
      sweptAt = now;
    }
    const bucket = buckets.get(identity) ?? { tokens: burst, last: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.last) / 1000) * perSecond);
    bucket.last = now;
    buckets.set(identity, bucket);
    if (bucket.tokens < 1) throw new AppError('RATE_LIMITED');
    bucket.tokens -= 1;
  };
}
