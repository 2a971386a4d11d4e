import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store, UserRecord } from "../../src/store/types.ts";
import { byId, user } from "./records.ts";

/** The contract of `store.users` (see `describeStoreContract`). */
export function describeUsersContract(openFreshStore: () => Promise<Store>): void {
  describe("users", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("finds a user by id and by exact email", async () => {
      const ann = user({ email: "ann@example.com" });
      await store.users.insert(ann);
      expect(await store.users.get(ann.id)).toEqual(ann);
      expect(await store.users.findByEmail("ann@example.com")).toEqual(ann);
      expect(await store.users.findByEmail("bob@example.com")).toBeNull();
      expect(await store.users.get(randomUUID())).toBeNull();
    });

    it("lists the users with an account on a portal", async () => {
      const ann = user({ accounts: [{ portal_id: "acme", role: "owner" }] });
      const bob = user({
        accounts: [
          { portal_id: "globex", role: "admin" },
          { portal_id: "acme", role: "user" },
        ],
      });
      const eve = user({ accounts: [{ portal_id: "globex", role: "user" }] });
      const nobody = user({ accounts: [] });
      for (const each of [ann, bob, eve, nobody]) await store.users.insert(each);
      const acme = await store.users.listByPortal("acme");
      expect(acme.sort(byId("id"))).toEqual([ann, bob].sort(byId("id")));
      expect(await store.users.listByPortal("initech")).toEqual([]);
    });

    it("updates a user", async () => {
      const ann = user();
      await store.users.insert(ann);
      const changed: UserRecord = {
        ...ann,
        display_name: "Ann B. Example",
        password_hash: "$argon2id$new",
        accounts: [...ann.accounts, { portal_id: "globex", role: "admin" }],
      };
      await store.users.update(changed);
      expect(await store.users.get(ann.id)).toEqual(changed);
      expect(await store.users.listByPortal("globex")).toEqual([changed]);
    });

    it("returns copies of nested accounts", async () => {
      const ann = user();
      await store.users.insert(ann);
      ann.accounts.push({ portal_id: "globex", role: "user" });
      const read = await store.users.get(ann.id);
      read?.accounts.splice(0);
      const listed = await store.users.listByPortal("acme");
      listed[0]?.accounts.push({ portal_id: "initech", role: "user" });
      expect((await store.users.get(ann.id))?.accounts).toEqual([{ portal_id: "acme", role: "owner" }]);
    });
  });
}
