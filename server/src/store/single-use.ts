/** When a single-use record was made, until when it answers, and when (if yet) it was used. */
export interface SingleUseRecord {
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

/**
 * A repository of records used once, each under its own key: one-time links
 * (docs/security.md#one-time-links) and pending sign-ins (docs/api.md#second-factors).
 */
export interface SingleUseRepository<R extends SingleUseRecord> {
  insert(record: R): Promise<void>;
  get(key: string): Promise<R | null>;
  /**
   * Atomic, across every instance: marks the record consumed at `at` and returns it, only if it was
   * not consumed yet; null for every other caller (and for an unknown key).
   */
  consume(key: string, at: number): Promise<R | null>;
  /** Deletes the records, used or not, whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
