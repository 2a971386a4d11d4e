import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GrantRecord, Store } from "../../src/store/types.ts";
import { byId, grant, issued, NOW } from "./records.ts";

/** The contract of `store.grants` (see `describeStoreContract`). */
export function describeGrantsContract(openFreshStore: () => Promise<Store>): void {
  describe("grants", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("saves, finds and replaces a grant", async () => {
      const g = grant();
      await store.grants.save(g);
      expect(await store.grants.get(g.id)).toEqual(g);
      expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toEqual(g);
      expect(await store.grants.find(g.user_id, "globex", g.client_id)).toBeNull();
      const widened: GrantRecord = {
        ...g,
        scopes: ["openid", "files:read", "files:write"],
        updated_at: NOW + 9,
      };
      await store.grants.save(widened);
      expect(await store.grants.get(g.id)).toEqual(widened);
      expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toEqual(widened);
    });

    it("lists grants by client and by user and portal", async () => {
      const userId = randomUUID();
      const clientId = randomUUID();
      const a = grant({ user_id: userId, client_id: clientId });
      const b = grant({ user_id: userId });
      const c = grant({ user_id: userId, portal_id: "globex", client_id: clientId });
      const d = grant({ client_id: clientId });
      for (const each of [a, b, c, d]) await store.grants.save(each);
      expect((await store.grants.listByClient(clientId)).sort(byId("id"))).toEqual(
        [a, c, d].sort(byId("id")),
      );
      expect((await store.grants.listByUserAndPortal(userId, "acme")).sort(byId("id"))).toEqual(
        [a, b].sort(byId("id")),
      );
      expect(await store.grants.listByClient(randomUUID())).toEqual([]);
    });

    it("revokes: deletes the grant and revokes every family issued under it, and no other", async () => {
      const g = grant();
      const other = grant();
      await store.grants.save(g);
      await store.grants.save(other);
      const first = issued({ grant_id: g.id });
      const second = issued({ grant_id: g.id });
      const earlier = issued({ grant_id: g.id });
      const unrelated = issued({ grant_id: other.id });
      for (const each of [first, second, earlier, unrelated]) await store.tokens.insertFamily(each);
      await store.tokens.revokeFamily(earlier.family.id, NOW + 1);

      await store.grants.revoke(g.id, NOW + 5);
      expect(await store.grants.get(g.id)).toBeNull();
      expect(await store.grants.find(g.user_id, g.portal_id, g.client_id)).toBeNull();
      expect((await store.tokens.getFamily(first.family.id))?.revoked_at).toBe(NOW + 5);
      expect((await store.tokens.getFamily(second.family.id))?.revoked_at).toBe(NOW + 5);
      expect((await store.tokens.getFamily(earlier.family.id))?.revoked_at).toBe(NOW + 1);
      expect((await store.tokens.getFamily(unrelated.family.id))?.revoked_at).toBeNull();
      expect(await store.grants.get(other.id)).toEqual(other);
      await store.grants.revoke(g.id, NOW + 6);
      await store.grants.revoke(randomUUID(), NOW + 6);
    });

    it("returns copies", async () => {
      const g = grant();
      await store.grants.save(g);
      g.scopes.push("rooms:read");
      const read = await store.grants.find(g.user_id, g.portal_id, g.client_id);
      read?.scopes.push("files:write");
      expect((await store.grants.get(g.id))?.scopes).toEqual(["openid", "files:read"]);
    });
  });
}
