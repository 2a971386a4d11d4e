/** Attempt counters of the throttles (sign-in, client authentication), shared by every instance. */
export interface ThrottleRepository {
  /**
   * Atomic: records an attempt of `key` at `at`, forgets those before `since`, and answers the
   * times (Unix seconds) of the key's attempts now in the window, this one last. Attempts made at
   * once, by any instance, each see a distinct count.
   */
  hit(key: string, at: number, since: number): Promise<number[]>;
  /** The times of `key`'s attempts at or after `since`, oldest first, recording nothing. */
  window(key: string, since: number): Promise<number[]>;
  /** `window` of several keys, each with its own `since`, in one read; the answers in the order asked. */
  windows(queries: readonly { key: string; since: number }[]): Promise<number[][]>;
  /** Forgets one attempt of `key` made at `at` (one that was refused, or that succeeded). */
  forget(key: string, at: number): Promise<void>;
  reset(key: string): Promise<void>;
  /** Deletes the keys with no attempt at or after `since`; the number deleted. */
  prune(since: number): Promise<number>;
}
