import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW, oneTimeToken } from "./records.ts";

/** The contract of `store.oneTimeTokens` (see `describeStoreContract`). */
export function describeOneTimeTokensContract(openFreshStore: () => Promise<Store>): void {
  describe("one-time tokens", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a token of each kind and finds it by its hash", async () => {
      const invitation = oneTimeToken();
      const reset = oneTimeToken({
        kind: "password_reset",
        user_id: "ann",
        portal_id: null,
        email: null,
        role: null,
        invited_by: null,
      });
      const setup = oneTimeToken({
        kind: "setup",
        portal_id: null,
        email: null,
        role: null,
        invited_by: null,
      });
      for (const each of [invitation, reset, setup]) await store.oneTimeTokens.insert(each);
      expect(await store.oneTimeTokens.get(invitation.token_hash)).toEqual(invitation);
      expect(await store.oneTimeTokens.get(reset.token_hash)).toEqual(reset);
      expect(await store.oneTimeTokens.get(setup.token_hash)).toEqual(setup);
      expect(await store.oneTimeTokens.get("unknown")).toBeNull();
    });

    it("N75 consumes a token once: the first caller gets it, every later one null", async () => {
      const token = oneTimeToken();
      await store.oneTimeTokens.insert(token);
      expect(await store.oneTimeTokens.consume(token.token_hash, NOW + 5)).toEqual({
        ...token,
        consumed_at: NOW + 5,
      });
      expect(await store.oneTimeTokens.consume(token.token_hash, NOW + 6)).toBeNull();
      expect(await store.oneTimeTokens.get(token.token_hash)).toMatchObject({ consumed_at: NOW + 5 });
      expect(await store.oneTimeTokens.consume("unknown", NOW)).toBeNull();
    });

    it("N75 gives a token to exactly one of many callers racing to consume it", async () => {
      const token = oneTimeToken();
      await store.oneTimeTokens.insert(token);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, index) => store.oneTimeTokens.consume(token.token_hash, NOW + index)),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
    });

    it("lists a portal's invitations not used yet, oldest first, and deletes one by its public id", async () => {
      const older = oneTimeToken({ created_at: NOW - 10 });
      const newer = oneTimeToken({ created_at: NOW });
      const used = oneTimeToken({ consumed_at: NOW });
      const elsewhere = oneTimeToken({ portal_id: "globex" });
      const reset = oneTimeToken({ kind: "password_reset", portal_id: "acme" });
      for (const each of [newer, used, elsewhere, reset, older]) await store.oneTimeTokens.insert(each);
      expect(await store.oneTimeTokens.listInvitations("acme")).toEqual([older, newer]);
      await store.oneTimeTokens.delete(older.id);
      await store.oneTimeTokens.delete("unknown");
      expect(await store.oneTimeTokens.listInvitations("acme")).toEqual([newer]);
      expect(await store.oneTimeTokens.get(older.token_hash)).toBeNull();
    });

    it("N67 forgets tokens at their end, used or not, and keeps the live ones", async () => {
      const ended = oneTimeToken({ expires_at: NOW });
      const endedUsed = oneTimeToken({ expires_at: NOW - 1, consumed_at: NOW - 2 });
      const live = oneTimeToken({ expires_at: NOW + 1 });
      for (const each of [ended, endedUsed, live]) await store.oneTimeTokens.insert(each);
      expect(await store.oneTimeTokens.prune(NOW)).toBe(2);
      expect(await store.oneTimeTokens.get(live.token_hash)).toEqual(live);
      expect(await store.oneTimeTokens.prune(NOW)).toBe(0);
      expect((await store.countRecords()).one_time_tokens).toBe(1);
    });
  });
}
