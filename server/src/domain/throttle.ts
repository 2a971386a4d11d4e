import type { Clock } from "./clock.ts";

/** Counts failures per key in a sliding window and says how long a key must wait. */
export interface Throttle {
  /** Seconds to wait before the next attempt, or 0 when one may be made now. */
  retryAfter(key: string): number;
  fail(key: string): void;
  reset(key: string): void;
}

interface ThrottleOptions {
  clock: Clock;
  /** Failures allowed within the window before attempts are refused. */
  limit: number;
  windowSeconds: number;
}

/** An in-process throttle (contract §6: at the latest after 10 failures for one email within 15 minutes). */
export function createThrottle({ clock, limit, windowSeconds }: ThrottleOptions): Throttle {
  const failures = new Map<string, number[]>();
  const windowMs = windowSeconds * 1000;
  const recent = (key: string): number[] => {
    const cutoff = clock() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfter(key) {
      const times = recent(key);
      if (times.length < limit) return 0;
      const oldestCounted = times[times.length - limit] ?? clock();
      return Math.max(1, Math.ceil((oldestCounted + windowMs - clock()) / 1000));
    },
    fail(key) {
      failures.set(key, [...recent(key), clock()]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
