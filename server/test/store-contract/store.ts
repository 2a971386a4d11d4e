import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { client, session, user } from "./records.ts";

/** The contract of `store.isEmpty` and `store.exclusively` (see `describeStoreContract`). */
export function describeWholeStoreContract(openFreshStore: () => Promise<Store>): void {
  describe("isEmpty", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("is true for a fresh store and stays true with sessions only", async () => {
      expect(await store.isEmpty()).toBe(true);
      await store.sessions.insert(session());
      expect(await store.isEmpty()).toBe(true);
    });

    it.each([
      ["a portal", (s: Store) => s.portals.insert({ id: "acme", name: "Acme" })],
      ["a user", (s: Store) => s.users.insert(user())],
      ["a client", (s: Store) => s.clients.insert(client())],
    ])("is false once it holds %s", async (_, insert) => {
      await insert(store);
      expect(await store.isEmpty()).toBe(false);
    });
  });

  describe("exclusively", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("runs one task at a time, and answers each its own result", async () => {
      const events: string[] = [];
      const task = (label: string) => async () => {
        events.push(`start ${label}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`end ${label}`);
        return label;
      };
      const results = await Promise.all([
        store.exclusively(task("a")),
        store.exclusively(task("b")),
        store.exclusively(task("c")),
      ]);
      expect(results).toEqual(["a", "b", "c"]);
      // Never two at once: each start is followed by its own end (the order between them is the engine's).
      expect(events).toHaveLength(6);
      for (let index = 0; index < events.length; index += 2) {
        expect(events[index]?.replace("start", "end")).toBe(events[index + 1]);
      }
      expect(new Set(events)).toEqual(new Set(["start a", "end a", "start b", "end b", "start c", "end c"]));
    });

    it("goes on with the next task after one fails, and passes the failure to its caller", async () => {
      const failing = store.exclusively(async () => {
        throw new Error("seeding failed");
      });
      const next = store.exclusively(async () => "next");
      await expect(failing).rejects.toThrow("seeding failed");
      expect(await next).toBe("next");
    });

    it("lets a task use the store", async () => {
      const seeded = await store.exclusively(async () => {
        await store.portals.insert({ id: "acme", name: "Acme" });
        return store.isEmpty();
      });
      expect(seeded).toBe(false);
    });
  });
}
