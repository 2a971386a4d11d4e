import { type ScopeName, type SigningAlg, scopeDefinition } from "@gatehouse/shared";
import { invalidGrant } from "../errors.ts";
import type { ClientRecord, UserRecord } from "../store/types.ts";

/** The person's claims a token may carry beside `sub`. @see OpenID Connect Core §5.1 */
export type UserClaims = Record<string, string | number | boolean>;

/**
 * Every claim Gatehouse can say of a person; null when it does not know. `email_verified` is true for
 * everyone: every address held was given by the operator (demo seed, bootstrap, command line) or
 * proved by following a link mailed to it (docs/scopes.md#claims).
 */
function knownClaims(user: UserRecord): Record<string, string | number | boolean | null> {
  return {
    name: user.display_name,
    locale: user.locale,
    updated_at: user.updated_at,
    email: user.email,
    email_verified: true,
  };
}

/**
 * The claims the granted scopes release (`profile`: name, locale, updated_at; `email`: email,
 * email_verified); a claim with no value is left out. @see OpenID Connect Core §5.4 and §5.3.2
 */
export function userClaims(user: UserRecord, scopes: readonly ScopeName[]): UserClaims {
  const known = knownClaims(user);
  const claims: UserClaims = {};
  for (const scope of scopes) {
    for (const name of scopeDefinition(scope).claims ?? []) {
      const value = known[name];
      if (value !== null && value !== undefined) claims[name] = value;
    }
  }
  return claims;
}

/** The claims the scopes of the catalogue can release, for discovery's `claims_supported`. */
export const releasableClaims = (scopes: readonly ScopeName[]): string[] =>
  scopes.flatMap((scope) => scopeDefinition(scope).claims ?? []);

/** A change of name or email moves `updated_at` (OpenID's profile claim); anything else leaves it. */
export function withProfileChange(
  user: UserRecord,
  change: Partial<Pick<UserRecord, "display_name" | "email">>,
  now: number,
): UserRecord {
  const next = { ...user, ...change };
  const changed = next.display_name !== user.display_name || next.email !== user.email;
  return changed ? { ...next, updated_at: now } : next;
}

/**
 * What an ID token for `client` says of the person behind a grant and how it is signed, given the
 * person as read now (null: deleted since, and so no tokens). @see OpenID Connect Core §12.2
 */
export function tokenIdentity(
  client: Pick<ClientRecord, "id_token_signed_response_alg">,
  user: UserRecord | null,
  scopes: readonly ScopeName[],
): { alg: SigningAlg; userClaims: UserClaims } {
  if (!user) throw invalidGrant("the person behind this grant no longer exists");
  return { alg: client.id_token_signed_response_alg, userClaims: userClaims(user, scopes) };
}
