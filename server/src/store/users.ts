export type PortalRole = "owner" | "admin" | "user";

/** One person's membership of one portal. */
export interface PortalAccount {
  portal_id: string;
  role: PortalRole;
}

export interface UserRecord {
  id: string;
  /** Lower-case; unique. */
  email: string;
  display_name: string;
  /** An argon2id PHC string. */
  password_hash: string;
  accounts: PortalAccount[];
  /** A disabled person cannot sign in, and nothing issued to them works (docs/api.md#people). */
  disabled: boolean;
  /** The last successful sign-in; null before the first. */
  last_sign_in_at: number | null;
  /**
   * When the name or email last changed (or the person was created), in seconds: OpenID's `updated_at`.
   * Null for people stored before it was kept (docs/scopes.md#claims).
   */
  updated_at: number | null;
  /** The person's preferred language as a BCP 47 tag (OpenID's `locale`); null when unknown. */
  locale: string | null;
}

/** The fields of a user that change one at a time, each without a read before the write. */
export type UserChanges = Partial<
  Pick<UserRecord, "display_name" | "password_hash" | "disabled" | "last_sign_in_at">
>;

export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  listByPortal(portalId: string): Promise<UserRecord[]>;
  insert(user: UserRecord): Promise<void>;
  update(user: UserRecord): Promise<void>;
  /** Atomic: writes the given fields of the user, leaving every other field as it is now; false when there is no such user. */
  change(id: string, changes: UserChanges): Promise<boolean>;
  /**
   * Atomic: gives the user `account` on its portal, replacing the role they had there (their other
   * portals untouched); false when there is no such user.
   */
  setAccount(id: string, account: PortalAccount): Promise<boolean>;
  /** Atomic: takes the user's account on the portal away (their other portals untouched). */
  removeAccount(id: string, portalId: string): Promise<void>;
}
