import { type ScopeName, scopesWithin } from "@gatehouse/shared";
import type { ClientRecord, RefreshTokenRecord, TokenFamilyRecord } from "../store/types.ts";
import { InvalidAccessToken, type VerifiedAccessToken, verifyAccessToken } from "./access-tokens.ts";
import { mayUseOnPortal } from "./client-portals.ts";
import { epochSeconds } from "./clock.ts";
import { chainEndsAt } from "./refresh-chains.ts";
import { sha256 } from "./secrets.ts";
import type { TokenDeps } from "./tokens.ts";

export type FoundToken =
  | {
      type: "refresh_token";
      record: RefreshTokenRecord;
      family: TokenFamilyRecord;
      active: boolean;
      /** What it may still do: its scopes, less what its app or grant lost (docs/api.md#token-endpoint). */
      scopes: ScopeName[];
      /** Its idle expiry, or its chain's end when that comes first. */
      expiresAt: number;
    }
  | { type: "access_token"; verified: VerifiedAccessToken };

/**
 * Finds a token of `client` for revocation or introspection, whatever its type: an opaque refresh
 * token by its hash, a JWT access token by its signature. Another client's token is not found.
 * @see RFC 7009 §2.1, RFC 7662 §2.1 (token_type_hint is only a hint)
 */
export async function findClientToken(
  deps: TokenDeps,
  client: ClientRecord,
  token: string,
): Promise<FoundToken | null> {
  const record = await deps.store.tokens.getRefreshToken(sha256(token));
  if (record) {
    const family = await deps.store.tokens.getFamily(record.family_id);
    if (!family || family.client_id !== client.client_id) return null;
    const usable = family.revoked_at === null && mayUseOnPortal(client, family.portal_id);
    const grant = usable ? await deps.store.grants.get(family.grant_id) : null;
    const scopes = grant ? scopesWithin(record.scopes, grant.scopes, client.scopes) : [];
    const expiresAt = Math.min(record.expires_at, chainEndsAt(deps.config, family));
    const active = record.rotated_at === null && expiresAt > epochSeconds(deps.clock) && scopes.length > 0;
    return { type: "refresh_token", record, family, active, scopes, expiresAt };
  }
  try {
    const verified = await verifyAccessToken(deps, token);
    return verified.clientId === client.client_id ? { type: "access_token", verified } : null;
  } catch (error) {
    if (error instanceof InvalidAccessToken) return null;
    throw error;
  }
}
