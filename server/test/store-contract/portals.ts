import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";

/** The contract of `store.portals` (see `describeStoreContract`). */
export function describePortalsContract(openFreshStore: () => Promise<Store>): void {
  describe("portals", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores and returns a portal; an unknown id is null", async () => {
      await store.portals.insert({ id: "acme", name: "Acme" });
      expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme" });
      expect(await store.portals.get("globex")).toBeNull();
    });

    it("returns copies, and keeps no reference to what was inserted", async () => {
      const portal = { id: "acme", name: "Acme" };
      await store.portals.insert(portal);
      portal.name = "changed after insert";
      const read = await store.portals.get("acme");
      if (read) read.name = "changed after get";
      expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme" });
    });
    it("lists every portal by id", async () => {
      await store.portals.insert({ id: "globex", name: "Globex" });
      await store.portals.insert({ id: "acme-2", name: "Acme Two" });
      await store.portals.insert({ id: "acme", name: "Acme" });
      expect(await store.portals.list()).toEqual([
        { id: "acme", name: "Acme" },
        { id: "acme-2", name: "Acme Two" },
        { id: "globex", name: "Globex" },
      ]);
    });

    it("renames a portal; renaming an unknown one changes nothing and says so", async () => {
      await store.portals.insert({ id: "acme", name: "Acme" });
      expect(await store.portals.rename("acme", "Acme Corp")).toBe(true);
      expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme Corp" });
      expect(await store.portals.rename("globex", "Globex")).toBe(false);
      expect(await store.portals.get("globex")).toBeNull();
    });

    it("has a policy requiring nothing until an owner sets one, and keeps it across a rename", async () => {
      await store.portals.insert({ id: "acme", name: "Acme" });
      expect(await store.portals.getPolicy("acme")).toEqual({ require_second_factor: false });
      expect(await store.portals.setPolicy("acme", { require_second_factor: true })).toBe(true);
      await store.portals.rename("acme", "Acme Corp");
      await store.portals.insert({ id: "acme", name: "Acme" });
      expect(await store.portals.getPolicy("acme")).toEqual({ require_second_factor: true });
      expect(await store.portals.get("acme")).toEqual({ id: "acme", name: "Acme" });
      expect(await store.portals.setPolicy("acme", { require_second_factor: false })).toBe(true);
      expect(await store.portals.getPolicy("acme")).toEqual({ require_second_factor: false });
    });

    it("has no policy for an unknown portal, and sets none", async () => {
      expect(await store.portals.getPolicy("globex")).toBeNull();
      expect(await store.portals.setPolicy("globex", { require_second_factor: true })).toBe(false);
      expect(await store.portals.getPolicy("globex")).toBeNull();
    });
  });
}
