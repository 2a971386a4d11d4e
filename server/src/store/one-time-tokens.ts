import type { SingleUseRecord, SingleUseRepository } from "./single-use.ts";
import type { PortalRole } from "./users.ts";

/** What a one-time link does (docs/security.md#one-time-links). */
export type OneTimeTokenKind = "setup" | "invitation" | "password_reset";

export interface OneTimeTokenRecord extends SingleUseRecord {
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
}

/** Keyed by `token_hash`: a link's token is consumed once, across every instance. */
export interface OneTimeTokenRepository extends SingleUseRepository<OneTimeTokenRecord> {
  /** The portal's invitations not consumed yet (expired ones included), oldest first. */
  listInvitations(portalId: string): Promise<OneTimeTokenRecord[]>;
  /** Deletes the record with this public id, if any. */
  delete(id: string): Promise<void>;
}
