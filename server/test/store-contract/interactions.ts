import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { interaction, NOW, winners } from "./records.ts";

/** The contract of `store.interactions` (see `describeStoreContract`). */
export function describeInteractionsContract(openFreshStore: () => Promise<Store>): void {
  describe("interactions", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores an interaction with its request", async () => {
      const i = interaction();
      await store.interactions.insert(i);
      expect(await store.interactions.get(i.id)).toEqual(i);
      expect(await store.interactions.get(randomUUID())).toBeNull();
    });

    it("completes once: true, then false, keeping the first result", async () => {
      const i = interaction();
      await store.interactions.insert(i);
      const first = { sealed_redirect_to: "sealed-1", completed_at: NOW + 1 };
      expect(await store.interactions.complete(i.id, first)).toBe(true);
      expect(
        await store.interactions.complete(i.id, { sealed_redirect_to: "sealed-2", completed_at: NOW + 2 }),
      ).toBe(false);
      expect(await store.interactions.get(i.id)).toEqual({ ...i, result: first });
    });

    it("does not complete an unknown interaction", async () => {
      expect(
        await store.interactions.complete(randomUUID(), { sealed_redirect_to: "x", completed_at: NOW }),
      ).toBe(false);
    });

    it("completes exactly once when completions race", async () => {
      const i = interaction();
      await store.interactions.insert(i);
      const won = await winners(20, (n) =>
        store.interactions.complete(i.id, { sealed_redirect_to: `sealed-${n}`, completed_at: NOW + n }),
      );
      expect(won).toBe(1);
      const stored = await store.interactions.get(i.id);
      expect(stored?.result?.sealed_redirect_to).toMatch(/^sealed-\d+$/);
    });

    it("records a choice until the interaction completes, the last one kept", async () => {
      const i = interaction();
      await store.interactions.insert(i);
      const alice = { user_id: "alice", portal_id: "acme", at_ms: NOW * 1000 + 800 };
      const cleared = { user_id: null, portal_id: null, at_ms: NOW * 1000 + 900 };
      expect(await store.interactions.choose(i.id, alice)).toBe(true);
      expect(await store.interactions.get(i.id)).toEqual({ ...i, choice: alice });
      expect(await store.interactions.choose(i.id, cleared)).toBe(true);
      expect((await store.interactions.get(i.id))?.choice).toEqual(cleared);
      const result = { sealed_redirect_to: "sealed", completed_at: NOW + 1 };
      expect(await store.interactions.complete(i.id, result)).toBe(true);
      expect(await store.interactions.choose(i.id, alice)).toBe(false);
      expect(await store.interactions.get(i.id)).toEqual({ ...i, choice: cleared, result });
      expect(await store.interactions.choose(randomUUID(), alice)).toBe(false);
    });

    it("returns a copy of the request", async () => {
      const i = interaction();
      await store.interactions.insert(i);
      const read = await store.interactions.get(i.id);
      read?.request.scopes.push("files:write");
      expect((await store.interactions.get(i.id))?.request.scopes).toEqual(["openid", "files:read"]);
    });
  });
}
