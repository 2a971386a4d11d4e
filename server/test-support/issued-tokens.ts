import { randomBytes, randomUUID } from "node:crypto";
import type {
  AccessTokenRecord,
  IssuedTokens,
  RefreshTokenRecord,
  TokenFamilyRecord,
} from "../src/store/types.ts";

// What a code's redemption stores, built at `at` (epoch seconds) with the default lifetimes of
// docs/configuration.md (REFRESH_TOKEN_TTL, ACCESS_TOKEN_TTL); ids random, each field overridable.

export const refreshTokenRecord = (
  familyId: string,
  at: number,
  overrides: Partial<RefreshTokenRecord> = {},
): RefreshTokenRecord => ({
  // The length of the SHA-256 in base64url the server stores.
  token_hash: randomBytes(32).toString("base64url"),
  family_id: familyId,
  scopes: ["openid", "files:read"],
  created_at: at,
  expires_at: at + 2_592_000,
  rotated_at: null,
  successor: null,
  ...overrides,
});

export const accessTokenRecord = (
  familyId: string,
  at: number,
  overrides: Partial<AccessTokenRecord> = {},
): AccessTokenRecord => ({
  jti: randomUUID(),
  family_id: familyId,
  expires_at: at + 3600,
  revoked_at: null,
  ...overrides,
});

/** A token family signed in with a password, with its first refresh token and access token. */
export const issuedTokens = (at: number, overrides: Partial<TokenFamilyRecord> = {}): IssuedTokens => {
  const family: TokenFamilyRecord = {
    id: randomUUID(),
    grant_id: randomUUID(),
    client_id: randomUUID(),
    user_id: randomUUID(),
    portal_id: "acme",
    auth_time: at,
    amr: ["pwd"],
    created_at: at,
    revoked_at: null,
    ...overrides,
  };
  return {
    family,
    refreshToken: refreshTokenRecord(family.id, at),
    accessToken: accessTokenRecord(family.id, at),
  };
};
