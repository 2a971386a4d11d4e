import type { PortalRole } from "./users.ts";

/** What a one-time link does (docs/security.md#one-time-links). */
export type OneTimeTokenKind = "setup" | "invitation" | "password_reset";

export interface OneTimeTokenRecord {
  /** SHA-256 of the token the link carries; the token itself is never stored. */
  token_hash: string;
  /** A public name for the record (an invitation listed among a portal's people), unrelated to the token. */
  id: string;
  kind: OneTimeTokenKind;
  /** password_reset: whose password it sets. */
  user_id: string | null;
  /** invitation: the portal joined, the email invited, the role given and who invited. */
  portal_id: string | null;
  email: string | null;
  role: PortalRole | null;
  invited_by: string | null;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

export interface OneTimeTokenRepository {
  insert(token: OneTimeTokenRecord): Promise<void>;
  get(tokenHash: string): Promise<OneTimeTokenRecord | null>;
  /**
   * Atomic, across every instance: marks the token consumed at `at` and returns it, only if it was
   * not consumed yet; null for every other caller (and for an unknown token).
   */
  consume(tokenHash: string, at: number): Promise<OneTimeTokenRecord | null>;
  /** The portal's invitations not consumed yet (expired ones included), oldest first. */
  listInvitations(portalId: string): Promise<OneTimeTokenRecord[]>;
  /** Deletes the record with this public id, if any. */
  delete(id: string): Promise<void>;
  /** Deletes the tokens, used or not, whose `expires_at` is at or before `now`; the number deleted. */
  prune(now: number): Promise<number>;
}
