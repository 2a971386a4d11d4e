import type { ScopeName } from "@gatehouse/shared";
import type { GrantRecord } from "./grants.ts";
import type { UserRecord } from "./users.ts";

/** Every token issued from one code redemption and its refreshes. */
export interface TokenFamilyRecord {
  id: string;
  grant_id: string;
  client_id: string;
  user_id: string;
  portal_id: string;
  auth_time: number;
  /** The sign-in's authentication methods (RFC 8176), for ID tokens of every refresh. */
  amr: string[];
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

export interface IssuedTokens {
  family: TokenFamilyRecord;
  refreshToken: RefreshTokenRecord;
  accessToken: AccessTokenRecord;
}

/** What a refresh token's rotation stores: its successors, and what the rotated token keeps. */
export interface Rotation {
  refreshToken: RefreshTokenRecord;
  accessToken: AccessTokenRecord;
  successor: RefreshTokenRecord["successor"];
}

/** What a rotation reads: the refresh token, its family, and the family's grant and person (null when gone). */
export interface RefreshTokenWithGrant {
  token: RefreshTokenRecord;
  family: TokenFamilyRecord | null;
  grant: GrantRecord | null;
  user: UserRecord | null;
}

export interface TokenRepository {
  /**
   * Stores a new family with its first refresh and access token, in one write. A family stored
   * before (a racing redemption) is kept as it is, revocation included.
   */
  insertFamily(issued: IssuedTokens): Promise<void>;
  getFamily(id: string): Promise<TokenFamilyRecord | null>;
  /** Revokes the family once, keeping the first time. */
  revokeFamily(id: string, at: number): Promise<void>;
  getRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /** The refresh token with its family, grant and person, in one read; null for an unknown token. */
  getRefreshTokenWithGrant(tokenHash: string): Promise<RefreshTokenWithGrant | null>;
  getAccessToken(jti: string): Promise<AccessTokenRecord | null>;
  /**
   * Atomic: marks the refresh token rotated and stores its successors, only if it was not rotated
   * yet; false when another request rotated it first.
   */
  rotateRefreshToken(tokenHash: string, at: number, next: Rotation): Promise<boolean>;
  /** Revokes the one access token once, keeping the first time. */
  revokeAccessToken(jti: string, at: number): Promise<void>;
  /**
   * Deletes the access and refresh tokens whose `expires_at` is at or before `now` (a rotated one
   * not before its `successor` ends), then every revoked family and every family left with no
   * token, with their tokens; the number of records deleted.
   */
  prune(now: number): Promise<number>;
}
