import type { ScopeName } from "@gatehouse/shared";

/** Consent, remembered per user, portal and client. */
export interface GrantRecord {
  id: string;
  user_id: string;
  portal_id: string;
  client_id: string;
  scopes: ScopeName[];
  created_at: number;
  updated_at: number;
}

export interface GrantRepository {
  get(id: string): Promise<GrantRecord | null>;
  find(userId: string, portalId: string, clientId: string): Promise<GrantRecord | null>;
  /**
   * Atomic: stores the grant as the one of its user, portal and client. When another grant of that
   * triple exists (two first consents racing), that one is updated in place and keeps its id and
   * creation time. Returns the grant as stored.
   */
  save(grant: GrantRecord): Promise<GrantRecord>;
  /** Atomic, in one write: deletes the grant and revokes every token family issued under it. */
  revoke(id: string, at: number): Promise<void>;
  listByClient(clientId: string): Promise<GrantRecord[]>;
  listByUserAndPortal(userId: string, portalId: string): Promise<GrantRecord[]>;
}
