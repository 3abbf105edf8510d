import type { AppSettings } from '../../domain/context.ts';

/** What one address did with unknown tokens in its current window. */
interface TokenFailures {
  since: number;
  count: number;
}

/** Past this many addresses in memory, windows that ended are swept. */
const SWEEP_ABOVE = 10_000;

/**
 * This node's memory of `/visitor` handshakes per client IP address: how many
 * sockets each holds open, and how many unknown tokens each presented in the
 * current window. In memory on purpose: both guard this node's own sockets
 * and event loop, and a database write per handshake would be the flood's
 * amplifier. Uses monotonic time: flood control is not domain time.
 */
export function visitorAdmission(settings: AppSettings) {
  const open = new Map<string, number>();
  const failures = new Map<string, TokenFailures>();

  function current(address: string, now: number): TokenFailures | undefined {
    const entry = failures.get(address);
    if (entry && now - entry.since < settings.tokenFailures.windowMs) return entry;
    failures.delete(address);
    return undefined;
  }

  return {
    /** Takes one of the address's sockets, or returns false when it holds its limit. */
    enter(address: string): boolean {
      const count = open.get(address) ?? 0;
      if (count >= settings.visitorSocketsPerIp) return false;
      open.set(address, count + 1);
      return true;
    },
    leave(address: string): void {
      const count = (open.get(address) ?? 1) - 1;
      if (count > 0) open.set(address, count);
      else open.delete(address);
    },
    /** Whether the address has used up its unknown tokens for now. */
    tokensRefused(address: string): boolean {
      return (current(address, performance.now())?.count ?? 0) >= settings.tokenFailures.perIp;
    },
    /** Counts an unknown token; true exactly when this one used up the address's allowance (log it then, once). */
    tokenFailed(address: string): boolean {
      const now = performance.now();
      if (failures.size > SWEEP_ABOVE) for (const key of failures.keys()) current(key, now);
      const entry = current(address, now) ?? { since: now, count: 0 };
      entry.count += 1;
      failures.set(address, entry);
      return entry.count === settings.tokenFailures.perIp;
    },
  };
}

export type VisitorAdmission = ReturnType<typeof visitorAdmission>;
