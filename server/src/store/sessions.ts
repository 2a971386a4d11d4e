export interface SessionRecord {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: string;
  portal_id: string | null;
  /** When the person last proved their password (OpenID `auth_time`). */
  auth_time: number;
  /** The same instant in milliseconds: a sign-in is judged against a request exactly (docs/api.md#authorization-endpoint). */
  auth_time_ms: number;
  /**
   * How the person proved who they are at that sign-in, as RFC 8176 values (`pwd`; a second factor
   * adds `otp`, `hwk`/`swk` and `mfa`): the ID token's `amr` (docs/api.md#id-tokens).
   */
  amr: string[];
  /** When the person last chose a portal, for `prompt=select_account`. */
  portal_chosen_at: number | null;
  /** The same instant in milliseconds, judged exactly against the request (docs/api.md#authorization-endpoint); null when unknown. */
  portal_chosen_at_ms: number | null;
  created_at: number;
  /** The absolute end of the session. */
  expires_at: number;
  /** The last use, for the idle timeout. */
  last_seen_at: number;
  /** The browser's `User-Agent` at sign-in (bounded), for the person's sessions list. */
  user_agent: string | null;
  /** The client address at sign-in, as `TRUST_PROXY` decides it. */
  address: string | null;
}

export interface SessionRepository {
  get(idHash: string): Promise<SessionRecord | null>;
  insert(session: SessionRecord): Promise<void>;
  /** Changes a stored session; never brings back one a sign-out deleted meanwhile. */
  update(session: SessionRecord): Promise<void>;
  delete(idHash: string): Promise<void>;
  /**
   * Atomic: files the session under a new id hash (the same record, a new cookie id), so an id seen
   * before stops working; false when no session has `oldIdHash` (ended meanwhile) (docs/api.md#several-accounts).
   */
  rename(oldIdHash: string, newIdHash: string): Promise<boolean>;
  /** The user's sessions, live or not yet pruned, oldest first. */
  listByUser(userId: string): Promise<SessionRecord[]>;
  /** Deletes every session of the user but `keepIdHash` (null: all of them); the number deleted. */
  deleteByUser(userId: string, keepIdHash: string | null): Promise<number>;
  /**
   * Deletes the sessions past their absolute end (`expires_at` at or before `now`) or last seen at
   * or before `idleSince`; the number deleted.
   */
  prune(now: number, idleSince: number): Promise<number>;
}
