import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { code, issued, NOW, storeConsent } from "./records.ts";

/** The contract of `store.codes` (see `describeStoreContract`). */
export function describeCodesContract(openFreshStore: () => Promise<Store>): void {
  describe("codes", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores and deletes a code", async () => {
      const c = code({ code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", nonce: null });
      await store.codes.insert(c);
      expect(await store.codes.get(c.code_hash)).toEqual(c);
      await store.codes.delete(c.code_hash);
      expect(await store.codes.get(c.code_hash)).toBeNull();
    });

    it("reads a code with its grant and its person, or with null for either when gone", async () => {
      const { person, consent } = await storeConsent(store);
      const c = code({ grant_id: consent.id, user_id: person.id });
      await store.codes.insert(c);
      expect(await store.codes.getWithGrant(c.code_hash)).toEqual({ code: c, grant: consent, user: person });
      const orphan = code();
      await store.codes.insert(orphan);
      expect(await store.codes.getWithGrant(orphan.code_hash)).toEqual({
        code: orphan,
        grant: null,
        user: null,
      });
      expect(await store.codes.getWithGrant(randomUUID())).toBeNull();
    });

    it("redeems once: true, then false, keeping the first time and storing what it issued", async () => {
      const c = code();
      await store.codes.insert(c);
      const first = issued({ id: c.family_id });
      expect(await store.codes.redeem(c.code_hash, NOW + 1, first)).toBe(true);
      expect(await store.codes.redeem(c.code_hash, NOW + 2, issued({ id: c.family_id }))).toBe(false);
      expect((await store.codes.get(c.code_hash))?.consumed_at).toBe(NOW + 1);
      expect(await store.tokens.getFamily(c.family_id)).toEqual(first.family);
      expect(await store.tokens.getRefreshToken(first.refreshToken.token_hash)).toEqual(first.refreshToken);
      expect(await store.tokens.getAccessToken(first.accessToken.jti)).toEqual(first.accessToken);
    });

    it("redeems nothing for an unknown code, and stores nothing", async () => {
      const tokens = issued();
      expect(await store.codes.redeem(randomUUID(), NOW, tokens)).toBe(false);
      expect(await store.tokens.getFamily(tokens.family.id)).toBeNull();
      expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toBeNull();
    });

    it("redeems exactly once when redemptions race, storing only the winner's tokens", async () => {
      const c = code();
      await store.codes.insert(c);
      const attempts = Array.from({ length: 50 }, () => issued({ id: c.family_id }));
      const results = await Promise.all(
        attempts.map((tokens, n) => store.codes.redeem(c.code_hash, NOW + n, tokens)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.codes.get(c.code_hash))?.consumed_at).not.toBeNull();
      const stored = await Promise.all(
        attempts.map((tokens) => store.tokens.getRefreshToken(tokens.refreshToken.token_hash)),
      );
      expect(stored.filter((token) => token !== null)).toHaveLength(1);
    });

    it("returns a copy", async () => {
      const c = code();
      await store.codes.insert(c);
      const read = await store.codes.get(c.code_hash);
      if (read) read.consumed_at = NOW;
      read?.scopes.push("files:write");
      expect(await store.codes.get(c.code_hash)).toEqual(c);
    });
  });
}
