export type PortalRole = "owner" | "admin" | "user";

export interface UserRecord {
  id: string;
  /** Lower-case; unique. */
  email: string;
  display_name: string;
  /** An argon2id PHC string. */
  password_hash: string;
  accounts: { portal_id: string; role: PortalRole }[];
}

export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  listByPortal(portalId: string): Promise<UserRecord[]>;
  insert(user: UserRecord): Promise<void>;
  update(user: UserRecord): Promise<void>;
}
