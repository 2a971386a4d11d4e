/** One security event as stored (docs/operations.md#audit-log). Times are Unix milliseconds. */
export interface AuditEventRecord {
  /** Sorts as the event's time does (time first, then randomness): the paging cursor. */
  id: string;
  time: number;
  /** Every portal the event belongs to; none for a sign-in with an unknown email. */
  portal_ids: string[];
  event: string;
  user_id: string | null;
  email: string | null;
  address: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

/** Which events `list` answers: newest first, by `id`. */
export interface AuditQuery {
  /** One portal's events; `null`: the events of no portal; absent: every event. */
  portalId?: string | null;
  /** A user id or an (already lower-cased) email: the events of that person. */
  person?: string;
  event?: string;
  /** Only events whose `id` sorts before this one. */
  before?: string;
  /** Only events at or after this time. */
  since?: number;
  limit: number;
}

export interface AuditRepository {
  /** Stores a batch of events at once (the recorder writes whatever queued up meanwhile). */
  insert(events: readonly AuditEventRecord[]): Promise<void>;
  /** The events `query` selects, newest first, at most `limit`. */
  list(query: AuditQuery): Promise<AuditEventRecord[]>;
  /** Deletes the events older than `before`; the number deleted. */
  prune(before: number): Promise<number>;
}
