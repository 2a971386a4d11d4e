import type { Prompt, ScopeName } from "@gatehouse/shared";

/**
 * The Store: an async, engine-neutral interface. It holds no rules: whatever is a rule (expiry,
 * coverage, reuse) lives in `domain/`. Operations that must be atomic say so, and every engine
 * guarantees it. Times are Unix seconds. Secrets (session ids, codes, refresh tokens, client
 * secrets, passwords) are stored only as hashes.
 */
export interface Store {
  readonly portals: PortalRepository;
  readonly users: UserRepository;
  readonly clients: ClientRepository;
  readonly sessions: SessionRepository;
  readonly interactions: InteractionRepository;
  readonly codes: CodeRepository;
  readonly grants: GrantRepository;
  readonly tokens: TokenRepository;
  readonly keys: KeyRepository;
  readonly throttle: ThrottleRepository;
  /** True when the store holds no portal, user or client yet (so it may be seeded). */
  isEmpty(): Promise<boolean>;
  /**
   * Runs `task` while no other `exclusively` task of this store runs, in this process or in any
   * other instance on the same database: for work that checks and then writes, such as seeding.
   */
  exclusively<T>(task: () => Promise<T>): Promise<T>;
  /** Finishes pending writes and releases the engine. */
  close(): Promise<void>;
}

export interface PortalRecord {
  id: string;
  name: string;
}

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

export interface ClientRecord {
  client_id: string;
  portal_id: string;
  name: string;
  description: string;
  website_url: string;
  policy_url: string;
  terms_url: string;
  logo: { media_type: string; data_base64: string };
  redirect_uris: string[];
  allowed_origins: string[];
  scopes: ScopeName[];
  /** A public client authenticates with PKCE alone (token endpoint auth `none`). */
  public: boolean;
  /** SHA-256 of the client secret, base64url; null for a public client. */
  secret_hash: string | null;
  enabled: boolean;
  created_at: number;
  updated_at: number;
}

export interface SessionRecord {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: string;
  portal_id: string | null;
  /** When the person last proved their password (OpenID `auth_time`). */
  auth_time: number;
  /** When the person last chose a portal, for `prompt=select_account`. */
  portal_chosen_at: number | null;
  created_at: number;
  /** The absolute end of the session. */
  expires_at: number;
  /** The last use, for the idle timeout. */
  last_seen_at: number;
}

/** The authorization request as validated at the authorization endpoint. */
export interface AuthorizationRequest {
  client_id: string;
  redirect_uri: string;
  scopes: ScopeName[];
  state: string | null;
  nonce: string | null;
  code_challenge: string | null;
  prompt: Prompt | null;
  login_hint: string | null;
}

export interface InteractionRecord {
  id: string;
  /** SHA-256 of the browser cookie that started it: the interaction belongs to that browser. */
  browser_hash: string;
  request: AuthorizationRequest;
  created_at: number;
  expires_at: number;
  /**
   * Set once, when the interaction ends with a redirect back to the app. The redirect carries a
   * code, so it is sealed with the browser cookie, which only the browser holds.
   */
  result: { sealed_redirect_to: string; completed_at: number } | null;
}

export interface CodeRecord {
  /** SHA-256 of the code. */
  code_hash: string;
  client_id: string;
  grant_id: string;
  user_id: string;
  portal_id: string;
  redirect_uri: string;
  scopes: ScopeName[];
  code_challenge: string | null;
  nonce: string | null;
  auth_time: number;
  /** The token family its redemption creates, so a second redemption can revoke it. */
  family_id: string;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
}

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

/** Every token issued from one code redemption and its refreshes. */
export interface TokenFamilyRecord {
  id: string;
  grant_id: string;
  client_id: string;
  user_id: string;
  portal_id: string;
  auth_time: number;
  created_at: number;
  revoked_at: number | null;
}

export interface RefreshTokenRecord {
  /** SHA-256 of the token. */
  token_hash: string;
  family_id: string;
  scopes: ScopeName[];
  created_at: number;
  expires_at: number;
  /** Set when it was rotated: it must never be accepted again (but see `successor`). */
  rotated_at: number | null;
  /**
   * What its rotation answered, sealed under the rotated token itself and kept only while
   * `REFRESH_REUSE_GRACE` lasts, so a racing second use gets the same new pair instead of revoking the grant.
   */
  successor: { sealed_response: string; until: number } | null;
}

export interface AccessTokenRecord {
  jti: string;
  family_id: string;
  expires_at: number;
  /** Set when this one token was revoked (RFC 7009); revoking its family ends it too. */
  revoked_at: number | null;
}

export interface SigningKeyRecord {
  kid: string;
  alg: "ES256";
  private_jwk: Record<string, unknown>;
  public_jwk: Record<string, unknown>;
  created_at: number;
  /** When it stopped signing; it stays published until every token it signed has expired. */
  retired_at: number | null;
}

export interface PortalRepository {
  get(id: string): Promise<PortalRecord | null>;
  insert(portal: PortalRecord): Promise<void>;
}

export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  listByPortal(portalId: string): Promise<UserRecord[]>;
  insert(user: UserRecord): Promise<void>;
  update(user: UserRecord): Promise<void>;
}

export interface ClientRepository {
  get(clientId: string): Promise<ClientRecord | null>;
  listByPortal(portalId: string): Promise<ClientRecord[]>;
  /** True when an enabled client lists `origin` among its allowed origins (for CORS preflights). */
  isAllowedOrigin(origin: string): Promise<boolean>;
  insert(client: ClientRecord): Promise<void>;
  update(client: ClientRecord): Promise<void>;
  delete(clientId: string): Promise<void>;
}

export interface SessionRepository {
  get(idHash: string): Promise<SessionRecord | null>;
  insert(session: SessionRecord): Promise<void>;
  update(session: SessionRecord): Promise<void>;
  delete(idHash: string): Promise<void>;
}

export interface InteractionRepository {
  get(id: string): Promise<InteractionRecord | null>;
  insert(interaction: InteractionRecord): Promise<void>;
  /** Atomic: records the result only if none is recorded yet; false when another request won. */
  complete(id: string, result: NonNullable<InteractionRecord["result"]>): Promise<boolean>;
}

export interface CodeRepository {
  get(codeHash: string): Promise<CodeRecord | null>;
  insert(code: CodeRecord): Promise<void>;
  /**
   * Atomic, in one write: marks the code consumed and stores the token family its redemption
   * issues, only if the code was not consumed yet; false (and nothing stored) when it was.
   */
  redeem(codeHash: string, at: number, issued: IssuedTokens): Promise<boolean>;
  delete(codeHash: string): Promise<void>;
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
  /** Deletes the grant and revokes every token family issued under it. */
  revoke(id: string, at: number): Promise<void>;
  listByClient(clientId: string): Promise<GrantRecord[]>;
  listByUserAndPortal(userId: string, portalId: string): Promise<GrantRecord[]>;
}

export interface IssuedTokens {
  family: TokenFamilyRecord;
  refreshToken: RefreshTokenRecord;
  accessToken: AccessTokenRecord;
}

export interface TokenRepository {
  /** Stores a new family with its first refresh and access token, in one write. */
  insertFamily(issued: IssuedTokens): Promise<void>;
  getFamily(id: string): Promise<TokenFamilyRecord | null>;
  revokeFamily(id: string, at: number): Promise<void>;
  getRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | null>;
  getAccessToken(jti: string): Promise<AccessTokenRecord | null>;
  /**
   * Atomic: marks the refresh token rotated and stores its successors, only if it was not rotated
   * yet; false when another request rotated it first.
   */
  rotateRefreshToken(
    tokenHash: string,
    at: number,
    next: {
      refreshToken: RefreshTokenRecord;
      accessToken: AccessTokenRecord;
      successor: RefreshTokenRecord["successor"];
    },
  ): Promise<boolean>;
  revokeAccessToken(jti: string, at: number): Promise<void>;
}

export interface KeyRepository {
  list(): Promise<SigningKeyRecord[]>;
  insert(key: SigningKeyRecord): Promise<void>;
  update(key: SigningKeyRecord): Promise<void>;
}

/** Failure counters of the throttles (sign-in, client authentication), shared by every instance. */
export interface ThrottleRepository {
  /** The times (Unix seconds, ascending) of `key`'s failures at or after `since`. */
  failures(key: string, since: number): Promise<number[]>;
  /** Records a failure of `key` at `at`, forgetting those before `since`. */
  recordFailure(key: string, at: number, since: number): Promise<void>;
  reset(key: string): Promise<void>;
}
