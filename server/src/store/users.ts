export type PortalRole = "owner" | "admin" | "user";

export interface UserRecord {
  id: string;
  /** Lower-case; unique. */
  email: string;
  display_name: string;
  /** An argon2id PHC string. */
  password_hash: string;
  accounts: { portal_id: string; role: PortalRole }[];
  /**
   * When the name or email last changed (or the person was created), in seconds: OpenID's `updated_at`.
   * Null for people stored before it was kept (docs/scopes.md#claims).
   */
  updated_at: number | null;
  /** The person's preferred language as a BCP 47 tag (OpenID's `locale`); null when unknown. */
  locale: string | null;
}

export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  listByPortal(portalId: string): Promise<UserRecord[]>;
  insert(user: UserRecord): Promise<void>;
  update(user: UserRecord): Promise<void>;
}
