import type { GrantRepository } from "../../grants.ts";
import { clonePlain } from "../clone.ts";
import type { Change } from "../journal.ts";
import { grantTriple, type Lowdb } from "../tables.ts";

// Atomic: each check and its change happen in one turn of the event loop, before the first await.
export const lowdbGrants = ({ tables: { grants, families }, indexes, commit }: Lowdb): GrantRepository => ({
  get: async (id) => grants.read(id),
  find: async (userId, portalId, clientId) => {
    const id = indexes.grantsByTriple.find(
      grantTriple({ user_id: userId, portal_id: portalId, client_id: clientId }),
    );
    return id === undefined ? null : grants.read(id);
  },
  save: async (grant) => {
    const existingId = indexes.grantsByTriple.find(grantTriple(grant));
    const existing = existingId === undefined ? undefined : grants.peek(existingId);
    const stored = existing ? { ...existing, scopes: grant.scopes, updated_at: grant.updated_at } : grant;
    await commit([grants.put(stored.id, stored)]);
    return clonePlain(stored);
  },
  revoke: (id, at) => {
    const changes: Change[] = [grants.remove(id)];
    for (const familyId of indexes.familiesByGrant.find(id)) {
      const family = families.peek(familyId);
      if (family && family.revoked_at === null) {
        changes.push(families.put(family.id, { ...family, revoked_at: at }));
      }
    }
    return commit(changes);
  },
  listByClient: async (clientId) => grants.readWhere((grant) => grant.client_id === clientId),
  listByUserAndPortal: async (userId, portalId) =>
    grants.readWhere((grant) => grant.user_id === userId && grant.portal_id === portalId),
});
