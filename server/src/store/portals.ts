export interface PortalRecord {
  id: string;
  name: string;
}

export interface PortalRepository {
  get(id: string): Promise<PortalRecord | null>;
  insert(portal: PortalRecord): Promise<void>;
}
