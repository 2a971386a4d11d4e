import type { ClientRecord, RefreshTokenRecord, TokenFamilyRecord } from "../store/types.ts";
import { InvalidAccessToken, type VerifiedAccessToken, verifyAccessToken } from "./access-tokens.ts";
import { epochSeconds } from "./clock.ts";
import { sha256 } from "./secrets.ts";
import type { TokenDeps } from "./tokens.ts";

export type FoundToken =
  | { type: "refresh_token"; record: RefreshTokenRecord; family: TokenFamilyRecord; active: boolean }
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
    const active =
      family.revoked_at === null &&
      record.rotated_at === null &&
      record.expires_at > epochSeconds(deps.clock) &&
      (await deps.store.grants.get(family.grant_id)) !== null;
    return { type: "refresh_token", record, family, active };
  }
  try {
    const verified = await verifyAccessToken(deps, token);
    return verified.clientId === client.client_id ? { type: "access_token", verified } : null;
  } catch (error) {
    if (error instanceof InvalidAccessToken) return null;
    throw error;
  }
}
