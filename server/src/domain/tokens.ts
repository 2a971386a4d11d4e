import { createHash } from "node:crypto";
import type { ScopeName, SigningAlg, TokenResponse } from "@gatehouse/shared";
import { type JWTPayload, SignJWT } from "jose";
import type { Config } from "../config.ts";
import type { AccessTokenRecord, RefreshTokenRecord, Store, TokenFamilyRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { ACCESS_TOKEN_ALG, type KeyRing } from "./keys.ts";
import { chainEndsAt } from "./refresh-chains.ts";
import { randomId, randomToken, sha256 } from "./secrets.ts";
import type { UserClaims } from "./user-claims.ts";

export interface TokenDeps {
  config: Config;
  store: Store;
  keys: KeyRing;
  clock: Clock;
}

/** What signing and minting use: no store, so a domain verb may hold only the parts it writes. */
export type MintDeps = Pick<TokenDeps, "config" | "keys" | "clock">;

/** The audience of access tokens: the (mock) DocSpace API served beside us. */
export const resourceAudience = (issuer: string): string => `${issuer}/api/2.0`;

/** The hash of each ID token algorithm: SHA-256 for both RS256 and ES256. @see RFC 7518 §3.1 */
const ALG_HASH: Record<SigningAlg, string> = { RS256: "sha256", ES256: "sha256" };

/**
 * `at_hash`: the left half of the access token's hash under the ID token's algorithm, base64url.
 * @see OpenID Connect Core §3.1.3.6
 */
export function accessTokenHash(accessToken: string, alg: SigningAlg): string {
  const digest = createHash(ALG_HASH[alg]).update(accessToken, "ascii").digest();
  return digest.subarray(0, digest.length / 2).toString("base64url");
}

interface AccessTokenClaims {
  subject: string;
  clientId: string;
  portalId: string;
  scopes: readonly ScopeName[];
  authTime: number;
  jti: string;
}

/** Signs `payload` with the current key of `alg`, as `typ`, from our issuer, valid `ACCESS_TOKEN_TTL`. */
async function signJwt(
  deps: MintDeps,
  { alg, typ }: { alg: SigningAlg; typ: "at+jwt" | "JWT" },
  payload: JWTPayload,
  { subject, audience }: { subject: string; audience: string },
): Promise<string> {
  const now = epochSeconds(deps.clock);
  const { kid, key } = await deps.keys.currentKey(alg);
  return new SignJWT(payload)
    .setProtectedHeader({ alg, typ, kid })
    .setIssuer(deps.config.issuer)
    .setSubject(subject)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + deps.config.accessTokenTtl)
    .sign(key);
}

/** A JWT access token. @see RFC 9068 §2 */
export function signAccessToken(deps: MintDeps, claims: AccessTokenClaims): Promise<string> {
  const payload = {
    client_id: claims.clientId,
    scope: claims.scopes.join(" "),
    portal_id: claims.portalId,
    auth_time: claims.authTime,
    jti: claims.jti,
  };
  return signJwt(deps, { alg: ACCESS_TOKEN_ALG, typ: "at+jwt" }, payload, {
    subject: claims.subject,
    audience: resourceAudience(deps.config.issuer),
  });
}

interface IdTokenClaims {
  subject: string;
  clientId: string;
  authTime: number;
  amr: readonly string[];
  nonce: string | null;
  accessToken: string;
  /** The client's `id_token_signed_response_alg`. */
  alg: SigningAlg;
  /** The person's claims the granted scopes release (`profile`, `email`). */
  userClaims: UserClaims;
}

/** @see OpenID Connect Core §2, §3.1.3.6 and §5.4; RFC 8176 (amr) */
export function signIdToken(deps: MintDeps, claims: IdTokenClaims): Promise<string> {
  const payload = {
    ...claims.userClaims,
    auth_time: claims.authTime,
    amr: [...claims.amr],
    azp: claims.clientId,
    at_hash: accessTokenHash(claims.accessToken, claims.alg),
    ...(claims.nonce === null ? {} : { nonce: claims.nonce }),
  };
  return signJwt(deps, { alg: claims.alg, typ: "JWT" }, payload, {
    subject: claims.subject,
    audience: claims.clientId,
  });
}

interface Minting {
  family: TokenFamilyRecord;
  /** The scopes the refresh token carries: those of the code, less what the app or grant lost since. */
  refreshScopes: ScopeName[];
  /** The scopes of this access token: the refresh scopes, or fewer when the client narrowed them. */
  accessScopes: ScopeName[];
  nonce: string | null;
  /** How the ID token is signed and what it says of the person, for when `openid` is granted. */
  identity: { alg: SigningAlg; userClaims: UserClaims };
}

export interface MintedTokens {
  response: TokenResponse;
  refreshToken: RefreshTokenRecord;
  accessToken: AccessTokenRecord;
}

/** Signs an access token (and an ID token when `openid` is granted) and creates a refresh token. */
export async function mintTokens(
  deps: MintDeps,
  { family, refreshScopes, accessScopes, nonce, identity }: Minting,
): Promise<MintedTokens> {
  const now = epochSeconds(deps.clock);
  const jti = randomId();
  const refreshToken = randomToken();
  const accessToken = await signAccessToken(deps, {
    subject: family.user_id,
    clientId: family.client_id,
    portalId: family.portal_id,
    scopes: accessScopes,
    authTime: family.auth_time,
    jti,
  });
  const idToken = accessScopes.includes("openid")
    ? await signIdToken(deps, {
        subject: family.user_id,
        clientId: family.client_id,
        authTime: family.auth_time,
        amr: family.amr,
        nonce,
        accessToken,
        ...identity,
      })
    : undefined;
  return {
    response: {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: deps.config.accessTokenTtl,
      refresh_token: refreshToken,
      scope: accessScopes.join(" "),
      ...(idToken ? { id_token: idToken } : {}),
    },
    refreshToken: {
      token_hash: sha256(refreshToken),
      family_id: family.id,
      scopes: refreshScopes,
      created_at: now,
      // Idle lifetime, never past the chain's end.
      expires_at: Math.min(now + deps.config.refreshTokenTtl, chainEndsAt(deps.config, family)),
      rotated_at: null,
      successor: null,
    },
    accessToken: {
      jti,
      family_id: family.id,
      expires_at: now + deps.config.accessTokenTtl,
      revoked_at: null,
    },
  };
}
