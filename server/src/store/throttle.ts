/** Failure counters of the throttles (sign-in, client authentication), shared by every instance. */
export interface ThrottleRepository {
  /** The times (Unix seconds, ascending) of `key`'s failures at or after `since`. */
  failures(key: string, since: number): Promise<number[]>;
  /**
   * Atomic: records a failure of `key` at `at`, forgetting those before `since`. Failures recorded
   * at once, by any instance, are all counted.
   */
  recordFailure(key: string, at: number, since: number): Promise<void>;
  reset(key: string): Promise<void>;
}
