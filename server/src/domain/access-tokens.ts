import { isScopeName, type ScopeName, scopesWithin } from "@gatehouse/shared";
import { decodeProtectedHeader, errors, jwtVerify } from "jose";
import type { AccessTokenRecord, ClientRecord, TokenFamilyRecord } from "../store/types.ts";
import { mayUseOnPortal } from "./client-portals.ts";
import { epochSeconds } from "./clock.ts";
import { ACCESS_TOKEN_ALG } from "./keys.ts";
import { resourceAudience, type TokenDeps } from "./tokens.ts";

export interface VerifiedAccessToken {
  subject: string;
  clientId: string;
  portalId: string;
  /** What the token may do now: its `scope` claim, less what its app or grant lost since it was signed. */
  scopes: ScopeName[];
  jti: string;
  issuedAt: number;
  expiresAt: number;
  record: AccessTokenRecord;
  family: TokenFamilyRecord;
  client: ClientRecord;
}

/** Why a token was refused; the bearer guard turns it into `invalid_token`. */
export class InvalidAccessToken extends Error {}

/**
 * Verifies a JWT access token: our key (by `kid`), ES256 only, `typ: at+jwt` (so an ID token is
 * refused), issuer, audience and lifetime; then that neither it nor its grant was revoked, that its
 * app is enabled and may be used on its portal, and what its app and grant still allow of its scope
 * (docs/api.md#token-endpoint).
 * @see RFC 9068 §4, RFC 8725 §3.1
 */
export async function verifyAccessToken(deps: TokenDeps, token: string): Promise<VerifiedAccessToken> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw new InvalidAccessToken("the access token is malformed");
  }
  const verification = kid ? await deps.keys.verificationKey(kid) : null;
  const key = verification?.key;
  if (!key) throw new InvalidAccessToken("the access token was not signed by a published key");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ACCESS_TOKEN_ALG],
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
  const grant = family && family.revoked_at === null ? await deps.store.grants.get(family.grant_id) : null;
  if (!family || !grant) throw new InvalidAccessToken("the access token was revoked");
  const client = await deps.store.clients.get(family.client_id);
  if (!client?.enabled) throw new InvalidAccessToken("the application was disabled");
  if (!mayUseOnPortal(client, family.portal_id)) {
    throw new InvalidAccessToken("the application may no longer be used on this portal");
  }
  const scopes = scopesWithin(scope.split(" ").filter(isScopeName), grant.scopes, client.scopes);
  if (scopes.length === 0) throw new InvalidAccessToken("nothing is left of the access token's scope");
  return {
    subject: sub,
    clientId: client_id,
    portalId: portal_id,
    scopes,
    jti,
    issuedAt: iat,
    expiresAt: exp,
    record,
    family,
    client,
  };
}
