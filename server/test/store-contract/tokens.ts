import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IssuedTokens, Store } from "../../src/store/types.ts";
import { accessToken, issued, NOW, next, refreshToken, storeConsent } from "./records.ts";

/** The contract of `store.tokens` (see `describeStoreContract`). */
export function describeTokensContract(openFreshStore: () => Promise<Store>): void {
  describe("tokens", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a family with its first refresh and access token", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      expect(await store.tokens.getFamily(tokens.family.id)).toEqual(tokens.family);
      expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toEqual(tokens.refreshToken);
      expect(await store.tokens.getAccessToken(tokens.accessToken.jti)).toEqual(tokens.accessToken);
      expect(await store.tokens.getFamily(randomUUID())).toBeNull();
      expect(await store.tokens.getRefreshToken(randomUUID())).toBeNull();
      expect(await store.tokens.getAccessToken(randomUUID())).toBeNull();
    });

    it("reads a refresh token with its family, the family's grant and person, or null for what is gone", async () => {
      const { person, consent } = await storeConsent(store);
      const tokens = issued({ grant_id: consent.id, user_id: person.id });
      await store.tokens.insertFamily(tokens);
      expect(await store.tokens.getRefreshTokenWithGrant(tokens.refreshToken.token_hash)).toEqual({
        token: tokens.refreshToken,
        family: tokens.family,
        grant: consent,
        user: person,
      });
      const orphan = refreshToken(randomUUID());
      await store.tokens.insertFamily({ ...issued(), refreshToken: orphan });
      expect(await store.tokens.getRefreshTokenWithGrant(orphan.token_hash)).toEqual({
        token: orphan,
        family: null,
        grant: null,
        user: null,
      });
      expect(await store.tokens.getRefreshTokenWithGrant(randomUUID())).toBeNull();
    });

    it("accepts a second insert of the same family (a racing redemption) and keeps both its tokens", async () => {
      const first = issued();
      const second: IssuedTokens = {
        family: first.family,
        refreshToken: refreshToken(first.family.id),
        accessToken: accessToken(first.family.id),
      };
      await store.tokens.insertFamily(first);
      await store.tokens.insertFamily(second);
      expect(await store.tokens.getFamily(first.family.id)).toEqual(first.family);
      for (const each of [first, second]) {
        expect(await store.tokens.getRefreshToken(each.refreshToken.token_hash)).toEqual(each.refreshToken);
        expect(await store.tokens.getAccessToken(each.accessToken.jti)).toEqual(each.accessToken);
      }
    });

    it("revokes a family once, keeping the first time", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      await store.tokens.revokeFamily(tokens.family.id, NOW + 1);
      await store.tokens.revokeFamily(tokens.family.id, NOW + 2);
      expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBe(NOW + 1);
      await store.tokens.revokeFamily(randomUUID(), NOW);
    });

    it("revokes one access token once, keeping the first time", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      await store.tokens.revokeAccessToken(tokens.accessToken.jti, NOW + 1);
      await store.tokens.revokeAccessToken(tokens.accessToken.jti, NOW + 2);
      expect(await store.tokens.getAccessToken(tokens.accessToken.jti)).toEqual({
        ...tokens.accessToken,
        revoked_at: NOW + 1,
      });
      expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBeNull();
      await store.tokens.revokeAccessToken(randomUUID(), NOW);
    });

    it("rotates a refresh token once: true, then false, storing its successors", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      const successor = { sealed_response: "sealed-pair", until: NOW + 12 };
      const rotation = { ...next(tokens.family.id), successor };
      expect(await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW + 2, rotation)).toBe(
        true,
      );
      expect(await store.tokens.getRefreshToken(tokens.refreshToken.token_hash)).toEqual({
        ...tokens.refreshToken,
        rotated_at: NOW + 2,
        successor,
      });
      expect(await store.tokens.getRefreshToken(rotation.refreshToken.token_hash)).toEqual(
        rotation.refreshToken,
      );
      expect(await store.tokens.getAccessToken(rotation.accessToken.jti)).toEqual(rotation.accessToken);

      const late = next(tokens.family.id);
      expect(await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW + 3, late)).toBe(
        false,
      );
      expect(await store.tokens.getRefreshToken(late.refreshToken.token_hash)).toBeNull();
      expect(await store.tokens.getAccessToken(late.accessToken.jti)).toBeNull();
      expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.rotated_at).toBe(NOW + 2);
    });

    it("rotates with no successor to keep", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      expect(
        await store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW, next(tokens.family.id)),
      ).toBe(true);
      expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.successor).toBeNull();
    });

    it("does not rotate an unknown refresh token, nor store its successors", async () => {
      const rotation = next(randomUUID());
      expect(await store.tokens.rotateRefreshToken(randomUUID(), NOW, rotation)).toBe(false);
      expect(await store.tokens.getRefreshToken(rotation.refreshToken.token_hash)).toBeNull();
      expect(await store.tokens.getAccessToken(rotation.accessToken.jti)).toBeNull();
    });

    it("rotates exactly once when refreshes race, storing only the winner's successors", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      const rotations = Array.from({ length: 20 }, () => next(tokens.family.id));
      const results = await Promise.all(
        rotations.map((rotation) =>
          store.tokens.rotateRefreshToken(tokens.refreshToken.token_hash, NOW, rotation),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const stored = await Promise.all(
        rotations.map((rotation) => store.tokens.getRefreshToken(rotation.refreshToken.token_hash)),
      );
      expect(stored.map((token) => token !== null)).toEqual(results);
      const access = await Promise.all(
        rotations.map((rotation) => store.tokens.getAccessToken(rotation.accessToken.jti)),
      );
      expect(access.map((token) => token !== null)).toEqual(results);
    });

    it("returns copies", async () => {
      const tokens = issued();
      await store.tokens.insertFamily(tokens);
      tokens.refreshToken.scopes.push("files:write");
      const read = await store.tokens.getRefreshToken(tokens.refreshToken.token_hash);
      read?.scopes.push("rooms:read");
      const family = await store.tokens.getFamily(tokens.family.id);
      if (family) family.revoked_at = NOW;
      expect((await store.tokens.getRefreshToken(tokens.refreshToken.token_hash))?.scopes).toEqual([
        "openid",
        "files:read",
      ]);
      expect((await store.tokens.getFamily(tokens.family.id))?.revoked_at).toBeNull();
    });
  });
}
