/**
 * A sign-in between its password and its second factor (docs/api.md#second-factors): `verify`, the
 * person proves a factor they have; `setup`, a portal of theirs requires one and they set it up first.
 */
export type PendingSignInKind = "verify" | "setup";

export interface PendingSignInRecord {
  /** SHA-256 of the pending sign-in cookie's value, as for sessions; the value itself is never stored. */
  id_hash: string;
  user_id: string;
  kind: PendingSignInKind;
  /** The methods proved so far (RFC 8176, `pwd`): the session's `amr` starts from them. */
  amr: string[];
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface PendingSignInRepository {
  insert(pending: PendingSignInRecord): Promise<void>;
  get(idHash: string): Promise<PendingSignInRecord | null>;
  /**
   * Atomic, across every instance: marks the pending sign-in consumed at `at` and returns it, only
   * if it was not consumed yet; null for every other caller (and for an unknown one).
   */
  consume(idHash: string, at: number): Promise<PendingSignInRecord | null>;
  delete(idHash: string): Promise<void>;
  /** Deletes the pending sign-ins, used or not, whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
