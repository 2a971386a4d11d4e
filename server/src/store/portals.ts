export interface PortalRecord {
  id: string;
  name: string;
}

export interface PortalRepository {
  get(id: string): Promise<PortalRecord | null>;
  /** Every portal, by id. */
  list(): Promise<PortalRecord[]>;
  insert(portal: PortalRecord): Promise<void>;
  /** Changes the portal's name; false when there is no such portal. */
  rename(id: string, name: string): Promise<boolean>;
}
