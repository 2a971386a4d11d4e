import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { byId, NOW, rsaSigningKey, signingKey } from "./records.ts";

/** The contract of `store.keys` (see `describeStoreContract`). */
export function describeKeysContract(openFreshStore: () => Promise<Store>): void {
  describe("keys", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("lists, inserts and updates signing keys", async () => {
      expect(await store.keys.list()).toEqual([]);
      const old = signingKey({ created_at: NOW - 86_400 });
      const fresh = signingKey();
      await store.keys.insert(old);
      await store.keys.insert(fresh);
      const retired = { ...old, retired_at: NOW };
      await store.keys.update(retired);
      expect((await store.keys.list()).sort(byId("kid"))).toEqual([retired, fresh].sort(byId("kid")));
    });

    it("keeps RS256 and ES256 keys side by side, each with its algorithm", async () => {
      const ec = signingKey();
      const rsa = rsaSigningKey();
      await store.keys.insert(ec);
      await store.keys.insert(rsa);
      const retired = { ...rsa, retired_at: NOW + 1 };
      await store.keys.update(retired);
      expect((await store.keys.list()).sort(byId("kid"))).toEqual([ec, retired].sort(byId("kid")));
      expect(await store.keys.prune(NOW + 1)).toBe(1);
      expect(await store.keys.list()).toEqual([ec]);
    });

    it("returns copies of the JWKs", async () => {
      const key = signingKey();
      await store.keys.insert(key);
      const [read] = await store.keys.list();
      if (read) read.private_jwk.d = "changed";
      expect(await store.keys.list()).toEqual([key]);
    });
  });
}
