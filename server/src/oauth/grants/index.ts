import { authorizationCodeGrant } from "./authorization-code.ts";
import type { Grant } from "./grant.ts";
import { refreshTokenGrant } from "./refresh-token.ts";

/**
 * The grant types the token endpoint serves, keyed by `grant_type`; discovery publishes the keys.
 * @see RFC 6749 §4.1.3 and §6, RFC 8414 §2 (`grant_types_supported`)
 */
export const GRANTS: ReadonlyMap<string, Grant> = new Map([
  ["authorization_code", authorizationCodeGrant],
  ["refresh_token", refreshTokenGrant],
]);

export const GRANT_TYPES_SUPPORTED: readonly string[] = [...GRANTS.keys()];
