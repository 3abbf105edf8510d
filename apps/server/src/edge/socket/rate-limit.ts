import { AppError } from '../../errors.ts';

/**
 * A token bucket per socket: `burst` requests at once, refilled at `perSecond`.
 * Uses the monotonic wall time on purpose: flood control is not domain time.
 */
export function rateLimiter(perSecond: number, burst: number): () => void {
  let tokens = burst;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) throw new AppError('RATE_LIMITED');
    tokens -= 1;
  };
}
