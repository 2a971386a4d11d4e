import { isScopeName, type ScopeName } from "@gatehouse/shared";
import { decodeProtectedHeader, errors, jwtVerify } from "jose";
import type { AccessTokenRecord, TokenFamilyRecord } from "../store/types.ts";
import { epochSeconds } from "./clock.ts";
import { SIGNING_ALG } from "./keys.ts";
import { resourceAudience, type TokenDeps } from "./tokens.ts";

export interface VerifiedAccessToken {
  subject: string;
  clientId: string;
  portalId: string;
  scopes: ScopeName[];
  jti: string;
  issuedAt: number;
  expiresAt: number;
  record: AccessTokenRecord;
  family: TokenFamilyRecord;
}

/** Why a token was refused; the bearer guard turns it into `invalid_token`. */
export class InvalidAccessToken extends Error {}

/**
 * Verifies a JWT access token: our key (by `kid`), ES256 only, `typ: at+jwt` (so an ID token is
 * refused), issuer, audience and lifetime; then that neither it nor its grant was revoked.
 * @see RFC 9068 §4, RFC 8725 §3.1
 */
export async function verifyAccessToken(deps: TokenDeps, token: string): Promise<VerifiedAccessToken> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new InvalidAccessToken("the access token is malformed");
  }
  const key = kid ? await deps.keys.verificationKey(kid) : null;
  if (!key) throw new InvalidAccessToken("the access token was not signed by a published key");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [SIGNING_ALG],
      typ: "at+jwt",
      issuer: deps.config.issuer,
      audience: resourceAudience(deps.config.issuer),
      currentDate: new Date(deps.clock()),
      requiredClaims: ["sub", "jti", "exp", "iat", "client_id", "scope"],
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError)
      throw new InvalidAccessToken(`the access token is invalid: ${error.code}`);
    throw error;
  }
  const { sub, jti, client_id, scope, portal_id, exp, iat } = payload;
  if (
    typeof sub !== "string" ||
    typeof jti !== "string" ||
    typeof client_id !== "string" ||
    typeof scope !== "string" ||
    typeof portal_id !== "string" ||
    typeof exp !== "number" ||
    typeof iat !== "number"
  ) {
    throw new InvalidAccessToken("the access token lacks a claim");
  }
  const record = await deps.store.tokens.getAccessToken(jti);
  if (!record || record.revoked_at !== null || record.expires_at <= epochSeconds(deps.clock)) {
    throw new InvalidAccessToken("the access token was revoked");
  }
  const family = await deps.store.tokens.getFamily(record.family_id);
  if (!family || family.revoked_at !== null || !(await deps.store.grants.get(family.grant_id))) {
    throw new InvalidAccessToken("the access token was revoked");
  }
  return {
    subject: sub,
    clientId: client_id,
    portalId: portal_id,
    scopes: scope.split(" ").filter(isScopeName),
    jti,
    issuedAt: iat,
    expiresAt: exp,
    record,
    family,
  };
}
