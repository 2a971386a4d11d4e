import { scopesWithin, type TokenResponse } from "@gatehouse/shared";
import { invalidGrant } from "../errors.ts";
import type { ClientRecord, Store, TokenFamilyRecord } from "../store/types.ts";
import { epochSeconds } from "./clock.ts";
import { verifyCodeVerifier } from "./pkce.ts";
import { sha256 } from "./secrets.ts";
import { type MintDeps, mintTokens } from "./tokens.ts";
import { tokenIdentity } from "./user-claims.ts";

export type CodeExchangeDeps = MintDeps & { store: Pick<Store, "codes" | "tokens"> };

interface CodeExchange {
  code: string;
  redirectUri: string;
  codeVerifier: string | undefined;
  /** The authenticated client redeeming the code. */
  client: ClientRecord;
}

/** A challenge needs its verifier, and a verifier needs a challenge (no PKCE downgrade). @see RFC 9700 §4.8.2 */
function checkCodeVerifier(challenge: string | null, verifier: string | undefined): void {
  if (challenge === null) {
    if (verifier !== undefined) throw invalidGrant("the code was issued without a code_challenge");
    return;
  }
  if (verifier === undefined) throw invalidGrant("code_verifier is required for this code");
  if (!verifyCodeVerifier(verifier, challenge)) {
    throw invalidGrant("code_verifier does not match the code_challenge");
  }
}

/**
 * Exchanges an authorization code for tokens. The code is single-use: a second redemption fails and
 * revokes every token the first one issued.
 * @see RFC 6749 §4.1.3, RFC 7636 §4.6, RFC 9700 §4.5
 */
export async function exchangeAuthorizationCode(
  deps: CodeExchangeDeps,
  { code: presented, redirectUri, codeVerifier, client }: CodeExchange,
): Promise<TokenResponse> {
  const { store, clock } = deps;
  const now = epochSeconds(clock);
  const codeHash = sha256(presented);
  // The code, its grant and its person in one read: one round trip on PostgreSQL (docs/operations.md#postgresql).
  const found = await store.codes.getWithGrant(codeHash);
  if (!found) throw invalidGrant("the code is unknown");
  const { code, grant, user } = found;
  if (code.consumed_at !== null) {
    await store.tokens.revokeFamily(code.family_id, now);
    throw invalidGrant("the code was already used; the tokens it issued are revoked");
  }
  if (code.expires_at <= now) throw invalidGrant("the code has expired");
  if (code.client_id !== client.client_id) throw invalidGrant("the code was issued to another client");
  if (code.redirect_uri !== redirectUri) {
    throw invalidGrant("redirect_uri differs from the one of the authorization request");
  }
  checkCodeVerifier(code.code_challenge, codeVerifier);
  if (!grant) throw invalidGrant("the grant behind this code was revoked");
  // What the app or grant lost since the code was issued is not issued (docs/api.md#token-endpoint).
  const scopes = scopesWithin(code.scopes, grant.scopes, client.scopes);
  if (scopes.length === 0) throw invalidGrant("nothing is left of what the code allowed");
  const family: TokenFamilyRecord = {
    id: code.family_id,
    grant_id: grant.id,
    client_id: client.client_id,
    user_id: code.user_id,
    portal_id: code.portal_id,
    auth_time: code.auth_time,
    amr: code.amr,
    created_at: now,
    revoked_at: null,
  };
  const minted = await mintTokens(deps, {
    family,
    refreshScopes: scopes,
    accessScopes: scopes,
    nonce: code.nonce,
    identity: tokenIdentity(client, user, scopes),
  });
  // One atomic write consumes the code and stores what it issued: a racing redemption either
  // loses before anything is stored, or finds the family to revoke.
  const issued = { family, refreshToken: minted.refreshToken, accessToken: minted.accessToken };
  if (!(await store.codes.redeem(codeHash, now, issued))) {
    await store.tokens.revokeFamily(code.family_id, now);
    throw invalidGrant("the code was already used; the tokens it issued are revoked");
  }
  return minted.response;
}
