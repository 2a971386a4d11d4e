import type { ThrottleRepository } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";

/** How a key's failures slow it down: free attempts, then exponential back-off, then a lock. */
export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** Failures within the window after which the key waits until the oldest counted one leaves it. */
  limit: number;
  windowSeconds: number;
}

/** Counts failures per key in a sliding window and says how long a key must wait. */
export interface Throttle {
  /** Seconds to wait before the next attempt, or 0 when one may be made now. */
  retryAfter(key: string): Promise<number>;
  fail(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

/**
 * A throttle whose counters live in the store, so every instance sees them. After `freeFailures`
 * each failure doubles the wait (1 s, 2 s, 4 s …); `limit` failures lock the key for the rest of
 * the window.
 * @see OWASP ASVS 6.3.1 (brute force), contract §6 (at the latest after 10 failures in 15 minutes)
 */
export function createThrottle(
  repository: ThrottleRepository,
  clock: Clock,
  policy: ThrottlePolicy,
): Throttle {
  const { freeFailures, limit, windowSeconds } = policy;
  return {
    async retryAfter(key) {
      const now = epochSeconds(clock);
      const times = await repository.failures(key, now - windowSeconds + 1);
      if (times.length >= limit) {
        const oldestCounted = times[times.length - limit] ?? now;
        return Math.max(1, oldestCounted + windowSeconds - now);
      }
      if (times.length < freeFailures) return 0;
      const last = times[times.length - 1] ?? now;
      const backOff = 2 ** (times.length - freeFailures);
      return Math.max(0, last + backOff - now);
    },
    async fail(key) {
      const now = epochSeconds(clock);
      await repository.recordFailure(key, now, now - windowSeconds + 1);
    },
    async reset(key) {
      await repository.reset(key);
    },
  };
}

/** Sign-in: per email (contract §6) … */
export const SIGN_IN_PER_ACCOUNT: ThrottlePolicy = { freeFailures: 5, limit: 10, windowSeconds: 15 * 60 };
/** … and per client address, looser, since many people may share one. */
export const SIGN_IN_PER_ADDRESS: ThrottlePolicy = { freeFailures: 20, limit: 100, windowSeconds: 15 * 60 };
/** Client authentication at the token, revocation and introspection endpoints, per client_id and per address. */
export const CLIENT_AUTHENTICATION: ThrottlePolicy = { freeFailures: 10, limit: 50, windowSeconds: 15 * 60 };
