import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW, pendingSignIn } from "./records.ts";

/** The contract of `store.pendingSignIns` (see `describeStoreContract`). */
export function describePendingSignInsContract(openFreshStore: () => Promise<Store>): void {
  describe("pending sign-ins", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a pending sign-in of each kind and finds it by its hash", async () => {
      const verify = pendingSignIn();
      const setup = pendingSignIn({ kind: "setup" });
      await store.pendingSignIns.insert(verify);
      await store.pendingSignIns.insert(setup);
      expect(await store.pendingSignIns.get(verify.id_hash)).toEqual(verify);
      expect(await store.pendingSignIns.get(setup.id_hash)).toEqual(setup);
      expect(await store.pendingSignIns.get("unknown")).toBeNull();
      expect((await store.countRecords()).pending_sign_ins).toBe(2);
    });

    it("N76 consumes a pending sign-in once: the first caller gets it, every later one null", async () => {
      const pending = pendingSignIn();
      await store.pendingSignIns.insert(pending);
      expect(await store.pendingSignIns.consume(pending.id_hash, NOW + 5)).toEqual({
        ...pending,
        consumed_at: NOW + 5,
      });
      expect(await store.pendingSignIns.consume(pending.id_hash, NOW + 6)).toBeNull();
      expect(await store.pendingSignIns.consume("unknown", NOW)).toBeNull();
    });

    it("N76 gives a pending sign-in to exactly one of many callers racing to consume it", async () => {
      const pending = pendingSignIn();
      await store.pendingSignIns.insert(pending);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, index) => store.pendingSignIns.consume(pending.id_hash, NOW + index)),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
    });

    it("deletes one pending sign-in; deleting an unknown one changes nothing", async () => {
      const gone = pendingSignIn();
      const kept = pendingSignIn();
      await store.pendingSignIns.insert(gone);
      await store.pendingSignIns.insert(kept);
      await store.pendingSignIns.delete(gone.id_hash);
      await store.pendingSignIns.delete("unknown");
      expect(await store.pendingSignIns.get(gone.id_hash)).toBeNull();
      expect(await store.pendingSignIns.get(kept.id_hash)).toEqual(kept);
    });

    it("N67 forgets pending sign-ins at their end, used or not, and keeps the live ones", async () => {
      const ended = pendingSignIn({ expires_at: NOW });
      const endedUsed = pendingSignIn({ expires_at: NOW - 1, consumed_at: NOW - 2 });
      const live = pendingSignIn({ expires_at: NOW + 1 });
      for (const each of [ended, endedUsed, live]) await store.pendingSignIns.insert(each);
      expect(await store.pendingSignIns.prune(NOW)).toBe(2);
      expect(await store.pendingSignIns.get(live.id_hash)).toEqual(live);
      expect(await store.pendingSignIns.prune(NOW)).toBe(0);
    });
  });
}
