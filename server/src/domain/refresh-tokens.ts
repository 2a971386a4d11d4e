import {
  type ScopeName,
  scopesCovered,
  scopesWithin,
  type TokenResponse,
  tokenResponseSchema,
} from "@gatehouse/shared";
import { invalidGrant, invalidScope } from "../errors.ts";
import type { ClientRecord, Store } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, recordAudit } from "./audit.ts";
import { mayUseOnPortal } from "./client-portals.ts";
import { epochSeconds } from "./clock.ts";
import { chainEndsAt } from "./refresh-chains.ts";
import { seal, sha256, unseal } from "./secrets.ts";
import { type MintDeps, mintTokens } from "./tokens.ts";
import { tokenIdentity } from "./user-claims.ts";

export type RefreshDeps = MintDeps & { store: Pick<Store, "grants" | "tokens">; audit: AuditLog };

interface Refresh {
  refreshToken: string;
  client: ClientRecord;
  /** The `scope` parameter, when the client narrows the access token. */
  scope: ScopeName[] | undefined;
  /** Where the request came from, for the audit log. */
  source: AuditSource;
}

/**
 * Rotates a refresh token: every use answers a new pair, and a rotated token presented again
 * revokes the whole grant, unless it comes within `REFRESH_REUSE_GRACE` of its rotation, when the
 * same new pair is answered again. A chain ends `REFRESH_TOKEN_ABSOLUTE_TTL` after its code was
 * redeemed, and carries only what its app and grant still allow (docs/api.md#refresh-token-rotation).
 * @see RFC 6749 §6, RFC 9700 §4.14.2
 */
export async function rotateRefreshToken(
  deps: RefreshDeps,
  { refreshToken, client, scope, source }: Refresh,
): Promise<TokenResponse> {
  const { store, clock, config } = deps;
  const now = epochSeconds(clock);
  const tokenHash = sha256(refreshToken);
  // The token, its family, grant and person in one read: one round trip on PostgreSQL (docs/operations.md#postgresql).
  const found = await store.tokens.getRefreshTokenWithGrant(tokenHash);
  if (!found) throw invalidGrant("the refresh token is unknown");
  const { token: presented, family, grant, user } = found;
  if (!family || family.client_id !== client.client_id) throw invalidGrant("the refresh token is unknown");
  if (family.revoked_at !== null) throw invalidGrant("the refresh token was revoked");
  if (chainEndsAt(config, family) <= now) throw invalidGrant("the refresh token's chain has ended");

  const reuse = async (): Promise<TokenResponse> => {
    const latest = await store.tokens.getRefreshToken(tokenHash);
    // Whatever scope the racing request names: it gets the pair the first one got (docs/api.md#refresh-token-rotation).
    if (latest?.successor && latest.successor.until >= now) {
      return tokenResponseSchema.parse(
        JSON.parse(unseal(refreshToken, tokenHash, latest.successor.sealed_response)),
      );
    }
    await store.grants.revoke(family.grant_id, now);
    await store.tokens.revokeFamily(family.id, now);
    recordAudit(deps, {
      event: "refresh_token.reused",
      portal_ids: [family.portal_id],
      person: user ? auditPerson(user) : null,
      source,
      details: { client_id: client.client_id, grant_id: family.grant_id },
    });
    throw invalidGrant("the refresh token was already used; every token of its grant is revoked");
  };
  if (presented.rotated_at !== null) return reuse();
  if (presented.expires_at <= now) throw invalidGrant("the refresh token has expired");
  if (!grant) throw invalidGrant("the grant was revoked");
  // Saving an app as private ends its other portals' grants; one kept from before that rule is refused here.
  if (!mayUseOnPortal(client, family.portal_id))
    throw invalidGrant("the app may no longer be used on this portal");
  const allowed = scopesWithin(presented.scopes, grant.scopes, client.scopes);
  if (allowed.length === 0) throw invalidGrant("nothing is left of what the grant allowed");
  if (scope && !scopesCovered(scope, allowed)) {
    throw invalidScope("scope may only narrow what the refresh token was granted");
  }

  const accessScopes = scope ?? allowed;
  const minted = await mintTokens(deps, {
    family,
    refreshScopes: allowed,
    accessScopes,
    nonce: null,
    identity: tokenIdentity(client, user, accessScopes),
  });
  // Kept for the grace period only, sealed under the presented token: the store alone cannot read it.
  const successor =
    config.refreshReuseGrace > 0
      ? {
          sealed_response: seal(refreshToken, tokenHash, JSON.stringify(minted.response)),
          until: now + config.refreshReuseGrace,
        }
      : null;
  const rotated = await store.tokens.rotateRefreshToken(tokenHash, now, {
    refreshToken: minted.refreshToken,
    accessToken: minted.accessToken,
    successor,
  });
  if (!rotated) return reuse();
  return minted.response;
}
