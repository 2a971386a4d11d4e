import { scopesWithin } from "@gatehouse/shared";
import type { ClientRecord, Store } from "../store/types.ts";
import { mayUseOnPortal } from "./client-portals.ts";
import { type Clock, epochSeconds } from "./clock.ts";

interface ClientGrantDeps {
  store: Pick<Store, "grants">;
  clock: Clock;
}

/** Ends every grant of an app, and with them every token issued under them. */
export async function revokeClientGrants({ store, clock }: ClientGrantDeps, clientId: string): Promise<void> {
  const now = epochSeconds(clock);
  for (const grant of await store.grants.listByClient(clientId)) await store.grants.revoke(grant.id, now);
}

/**
 * Brings every grant of a changed app in line with what the app may do now (docs/api.md#token-endpoint): a switch
 * between confidential and public revokes them all, since the grants were given to another kind of
 * client; a removed scope leaves every grant, and a grant left with nothing is revoked; an app made
 * private to its portal loses its grants on every other portal. Token checks intersect with the app's
 * scopes as well, so a consent racing this change grants nothing removed.
 * @see RFC 6749 §2.1 (client types), RFC 9700 §2.3 (privilege restriction), docs/api.md#portals-of-an-app
 */
export async function alignClientGrants(
  deps: ClientGrantDeps,
  before: ClientRecord,
  after: ClientRecord,
): Promise<void> {
  if (before.public !== after.public) return revokeClientGrants(deps, after.client_id);
  const { store, clock } = deps;
  const now = epochSeconds(clock);
  for (const grant of await store.grants.listByClient(after.client_id)) {
    const scopes = scopesWithin(grant.scopes, after.scopes);
    if (scopes.length === 0 || !mayUseOnPortal(after, grant.portal_id))
      await store.grants.revoke(grant.id, now);
    else if (scopes.length < grant.scopes.length)
      await store.grants.save({ ...grant, scopes, updated_at: now });
  }
}
