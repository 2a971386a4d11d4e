import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW } from "./records.ts";

/** The contract of `store.throttle` (see `describeStoreContract`). */
export function describeThrottleContract(openFreshStore: () => Promise<Store>): void {
  describe("throttle", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("counts a key's failures since a time, oldest first", async () => {
      expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([]);
      await store.throttle.recordFailure("sign-in:ann", NOW + 3, 0);
      await store.throttle.recordFailure("sign-in:ann", NOW + 5, 0);
      await store.throttle.recordFailure("sign-in:ann", NOW + 5, 0);
      await store.throttle.recordFailure("sign-in:bob", NOW + 4, 0);
      expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([NOW + 3, NOW + 5, NOW + 5]);
      expect(await store.throttle.failures("sign-in:ann", NOW + 4)).toEqual([NOW + 5, NOW + 5]);
      expect(await store.throttle.failures("sign-in:ann", NOW + 6)).toEqual([]);
      expect(await store.throttle.failures("sign-in:bob", 0)).toEqual([NOW + 4]);
    });

    it("forgets a key's failures before `since` when recording one", async () => {
      await store.throttle.recordFailure("client:notes", NOW, 0);
      await store.throttle.recordFailure("client:notes", NOW + 10, 0);
      await store.throttle.recordFailure("client:other", NOW, 0);
      await store.throttle.recordFailure("client:notes", NOW + 20, NOW + 5);
      expect(await store.throttle.failures("client:notes", 0)).toEqual([NOW + 10, NOW + 20]);
      expect(await store.throttle.failures("client:other", 0)).toEqual([NOW]);
    });

    it("resets one key", async () => {
      await store.throttle.recordFailure("sign-in:ann", NOW, 0);
      await store.throttle.recordFailure("sign-in:bob", NOW, 0);
      await store.throttle.reset("sign-in:ann");
      await store.throttle.reset("sign-in:nobody");
      expect(await store.throttle.failures("sign-in:ann", 0)).toEqual([]);
      expect(await store.throttle.failures("sign-in:bob", 0)).toEqual([NOW]);
    });

    it("counts every one of failures recorded at once", async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.throttle.recordFailure("address:203.0.113.9", NOW + i, 0)),
      );
      expect(await store.throttle.failures("address:203.0.113.9", 0)).toHaveLength(20);
    });
  });
}
