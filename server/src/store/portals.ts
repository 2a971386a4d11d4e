export interface PortalRecord {
  id: string;
  name: string;
}

/** A portal's settings its owners change (docs/api.md#second-factors). */
export interface PortalPolicy {
  /** Everyone on the portal signs in with a second factor. */
  require_second_factor: boolean;
}

export interface PortalRepository {
  get(id: string): Promise<PortalRecord | null>;
  /** Every portal, by id. */
  list(): Promise<PortalRecord[]>;
  insert(portal: PortalRecord): Promise<void>;
  /** Changes the portal's name; false when there is no such portal. */
  rename(id: string, name: string): Promise<boolean>;
  /** The portal's policy (a portal never given one has the defaults: nothing required); null for no such portal. */
  getPolicy(id: string): Promise<PortalPolicy | null>;
  /** Changes the portal's policy; false when there is no such portal. */
  setPolicy(id: string, policy: PortalPolicy): Promise<boolean>;
}
