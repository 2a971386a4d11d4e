import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store, UserRecord } from "../../src/store/types.ts";
import { byId, NOW, user } from "./records.ts";

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

    it("changes only the given fields, and says whether the user exists", async () => {
      const ann = user();
      await store.users.insert(ann);
      expect(await store.users.change(ann.id, { disabled: true, last_sign_in_at: NOW })).toBe(true);
      expect(
        await store.users.change(ann.id, { password_hash: "$argon2id$new", display_name: "Ann B." }),
      ).toBe(true);
      expect(await store.users.get(ann.id)).toEqual({
        ...ann,
        disabled: true,
        last_sign_in_at: NOW,
        password_hash: "$argon2id$new",
        display_name: "Ann B.",
      });
      expect(await store.users.change(ann.id, { last_sign_in_at: null, disabled: false })).toBe(true);
      expect(await store.users.get(ann.id)).toMatchObject({ disabled: false, last_sign_in_at: null });
      expect(await store.users.change(randomUUID(), { disabled: true })).toBe(false);
    });

    it("adds, changes and removes one portal account, leaving the others in place", async () => {
      const ann = user({
        accounts: [
          { portal_id: "acme", role: "owner" },
          { portal_id: "globex", role: "user" },
        ],
      });
      await store.users.insert(ann);
      expect(await store.users.setAccount(ann.id, { portal_id: "acme", role: "admin" })).toBe(true);
      expect(await store.users.setAccount(ann.id, { portal_id: "initech", role: "user" })).toBe(true);
      expect((await store.users.get(ann.id))?.accounts).toEqual([
        { portal_id: "acme", role: "admin" },
        { portal_id: "globex", role: "user" },
        { portal_id: "initech", role: "user" },
      ]);
      await store.users.removeAccount(ann.id, "globex");
      await store.users.removeAccount(ann.id, "unknown");
      expect((await store.users.get(ann.id))?.accounts).toEqual([
        { portal_id: "acme", role: "admin" },
        { portal_id: "initech", role: "user" },
      ]);
      expect(await store.users.listByPortal("globex")).toEqual([]);
      await store.users.removeAccount(ann.id, "acme");
      await store.users.removeAccount(ann.id, "initech");
      expect((await store.users.get(ann.id))?.accounts).toEqual([]);
      expect(await store.users.setAccount(randomUUID(), { portal_id: "acme", role: "user" })).toBe(false);
    });

    it("loses no change when one person's accounts and fields change at once", async () => {
      const ann = user({ accounts: [] });
      await store.users.insert(ann);
      const portals = Array.from({ length: 12 }, (_, index) => `portal-${index}`);
      await Promise.all([
        ...portals.map((portal_id) => store.users.setAccount(ann.id, { portal_id, role: "user" })),
        store.users.change(ann.id, { disabled: true }),
        store.users.change(ann.id, { last_sign_in_at: NOW }),
      ]);
      const stored = await store.users.get(ann.id);
      expect(stored?.accounts.map((account) => account.portal_id).sort()).toEqual([...portals].sort());
      expect(stored).toMatchObject({ disabled: true, last_sign_in_at: NOW });
    });
  });
}
