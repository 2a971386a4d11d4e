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

    it("answers a key's attempts in the window on each hit, oldest first and this one last", async () => {
      expect(await store.throttle.hit("sign-in:ann", NOW + 3, 0)).toEqual([NOW + 3]);
      expect(await store.throttle.hit("sign-in:ann", NOW + 5, 0)).toEqual([NOW + 3, NOW + 5]);
      expect(await store.throttle.hit("sign-in:ann", NOW + 5, 0)).toEqual([NOW + 3, NOW + 5, NOW + 5]);
      expect(await store.throttle.hit("sign-in:bob", NOW + 4, 0)).toEqual([NOW + 4]);
      expect(await store.throttle.hit("sign-in:ann", NOW + 6, NOW + 4)).toEqual([NOW + 5, NOW + 5, NOW + 6]);
    });

    it("reads a key's window without recording an attempt", async () => {
      expect(await store.throttle.window("sign-in:ann", 0)).toEqual([]);
      await store.throttle.hit("sign-in:ann", NOW + 3, 0);
      await store.throttle.hit("sign-in:ann", NOW + 5, 0);
      expect(await store.throttle.window("sign-in:ann", 0)).toEqual([NOW + 3, NOW + 5]);
      expect(await store.throttle.window("sign-in:ann", NOW + 4)).toEqual([NOW + 5]);
      expect(await store.throttle.window("sign-in:ann", 0)).toEqual([NOW + 3, NOW + 5]);
    });

    it("reads several keys' windows in one call, each with its own since, in the order asked", async () => {
      await store.throttle.hit("client:notes", NOW + 3, 0);
      await store.throttle.hit("client:notes", NOW + 5, 0);
      await store.throttle.hit("client-from:10.0.0.1", NOW + 4, 0);
      expect(
        await store.throttle.windows([
          { key: "client:notes", since: NOW + 4 },
          { key: "client:nobody", since: 0 },
          { key: "client-from:10.0.0.1", since: 0 },
          { key: "client:notes", since: 0 },
        ]),
      ).toEqual([[NOW + 5], [], [NOW + 4], [NOW + 3, NOW + 5]]);
      expect(await store.throttle.windows([])).toEqual([]);
    });

    it("forgets a key's attempts before `since` when recording one", async () => {
      await store.throttle.hit("client:notes", NOW, 0);
      await store.throttle.hit("client:notes", NOW + 10, 0);
      await store.throttle.hit("client:other", NOW, 0);
      expect(await store.throttle.hit("client:notes", NOW + 20, NOW + 5)).toEqual([NOW + 10, NOW + 20]);
      expect(await store.throttle.hit("client:other", NOW + 1, 0)).toEqual([NOW, NOW + 1]);
    });

    it("forgets one attempt made at a time, and nothing for an unknown key or time", async () => {
      await store.throttle.hit("sign-in:ann", NOW, 0);
      await store.throttle.hit("sign-in:ann", NOW, 0);
      await store.throttle.hit("sign-in:ann", NOW + 1, 0);
      await store.throttle.forget("sign-in:ann", NOW);
      await store.throttle.forget("sign-in:ann", NOW + 7);
      await store.throttle.forget("sign-in:nobody", NOW);
      expect(await store.throttle.hit("sign-in:ann", NOW + 2, 0)).toEqual([NOW, NOW + 1, NOW + 2]);
      expect(await store.throttle.hit("sign-in:nobody", NOW + 2, 0)).toEqual([NOW + 2]);
    });

    it("resets one key", async () => {
      await store.throttle.hit("sign-in:ann", NOW, 0);
      await store.throttle.hit("sign-in:bob", NOW, 0);
      await store.throttle.reset("sign-in:ann");
      await store.throttle.reset("sign-in:nobody");
      expect(await store.throttle.hit("sign-in:ann", NOW + 1, 0)).toEqual([NOW + 1]);
      expect(await store.throttle.hit("sign-in:bob", NOW + 1, 0)).toEqual([NOW, NOW + 1]);
    });

    it("N65 gives each of 60 hits made at once a distinct count, and keeps every one", async () => {
      const windows = await Promise.all(
        Array.from({ length: 60 }, () => store.throttle.hit("address:203.0.113.9", NOW, 0)),
      );
      const counts = windows.map((times) => times.length).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(await store.throttle.hit("address:203.0.113.9", NOW + 1, 0)).toHaveLength(61);
    });
  });
}
