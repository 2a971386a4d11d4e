import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import {
  accessToken,
  code,
  interaction,
  issued,
  NOW,
  next,
  refreshToken,
  session,
  signingKey,
} from "./records.ts";

/**
 * The contract of every repository's `prune` (see `describeStoreContract`): records past their end
 * disappear, live ones stay, and pruning twice, or from two callers at once, deletes each once.
 */
export function describePruneContract(openFreshStore: () => Promise<Store>): void {
  describe("prune (N67)", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("N67 counts the records of each kind", async () => {
      await store.interactions.insert(interaction());
      await store.tokens.insertFamily(issued());
      await store.throttle.hit("sign-in:ann", NOW, 0);
      expect(await store.countRecords()).toEqual({
        portals: 0,
        users: 0,
        clients: 0,
        sessions: 0,
        interactions: 1,
        codes: 0,
        grants: 0,
        token_families: 1,
        refresh_tokens: 1,
        access_tokens: 1,
        signing_keys: 0,
        throttle_windows: 1,
        one_time_tokens: 0,
        passkeys: 0,
        webauthn_challenges: 0,
        totp_authenticators: 0,
        pending_sign_ins: 0,
      });
    });

    it("N67 forgets interactions at their end and keeps the live ones", async () => {
      const ended = interaction({ expires_at: NOW });
      const live = interaction({ expires_at: NOW + 1 });
      await store.interactions.insert(ended);
      await store.interactions.insert(live);
      expect(await store.interactions.prune(NOW)).toBe(1);
      expect(await store.interactions.get(ended.id)).toBeNull();
      expect(await store.interactions.get(live.id)).toEqual(live);
      expect(await store.interactions.prune(NOW)).toBe(0);
    });

    it("N67 forgets sessions at their absolute or idle end and keeps the live ones", async () => {
      const pastEnd = session({ expires_at: NOW, last_seen_at: NOW });
      const idle = session({ expires_at: NOW + 100, last_seen_at: NOW - 50 });
      const live = session({ expires_at: NOW + 100, last_seen_at: NOW - 49 });
      for (const each of [pastEnd, idle, live]) await store.sessions.insert(each);
      expect(await store.sessions.prune(NOW, NOW - 50)).toBe(2);
      expect(await store.sessions.get(pastEnd.id_hash)).toBeNull();
      expect(await store.sessions.get(idle.id_hash)).toBeNull();
      expect(await store.sessions.get(live.id_hash)).toEqual(live);
    });

    it("N67 forgets codes, used or not, at their end and keeps the live ones, used or not", async () => {
      const ended = code({ expires_at: NOW });
      const endedUsed = code({ expires_at: NOW, consumed_at: NOW - 10 });
      const live = code({ expires_at: NOW + 1 });
      const liveUsed = code({ expires_at: NOW + 1, consumed_at: NOW - 10 });
      for (const each of [ended, endedUsed, live, liveUsed]) await store.codes.insert(each);
      expect(await store.codes.prune(NOW)).toBe(2);
      expect(await store.codes.get(ended.code_hash)).toBeNull();
      expect(await store.codes.get(endedUsed.code_hash)).toBeNull();
      expect(await store.codes.get(live.code_hash)).toEqual(live);
      expect(await store.codes.get(liveUsed.code_hash)).toEqual(liveUsed);
    });

    it("N67 forgets tokens at their end, and revoked or emptied families with every token of theirs", async () => {
      const live = issued();
      const revoked = issued({ revoked_at: NOW - 5 });
      const emptied = issued();
      emptied.refreshToken.expires_at = NOW;
      emptied.accessToken.expires_at = NOW;
      const halfDone = issued();
      halfDone.accessToken.expires_at = NOW;
      for (const each of [live, revoked, emptied, halfDone]) await store.tokens.insertFamily(each);
      // A rotated token past its end, and one whose successor is still kept for a racing reuse.
      const rotated = refreshToken(live.family.id, { expires_at: NOW });
      const racing = refreshToken(live.family.id, { expires_at: NOW });
      await store.tokens.insertFamily({
        ...live,
        refreshToken: rotated,
        accessToken: accessToken(live.family.id),
      });
      await store.tokens.insertFamily({
        ...live,
        refreshToken: racing,
        accessToken: accessToken(live.family.id),
      });
      await store.tokens.rotateRefreshToken(rotated.token_hash, NOW - 1, next(live.family.id));
      await store.tokens.rotateRefreshToken(racing.token_hash, NOW - 1, {
        ...next(live.family.id),
        successor: { sealed_response: "sealed", until: NOW },
      });

      await store.tokens.prune(NOW);
      expect(await store.tokens.getFamily(live.family.id)).toEqual(live.family);
      expect(await store.tokens.getRefreshToken(live.refreshToken.token_hash)).toEqual(live.refreshToken);
      expect(await store.tokens.getAccessToken(live.accessToken.jti)).toEqual(live.accessToken);
      expect(await store.tokens.getRefreshToken(rotated.token_hash)).toBeNull();
      expect(await store.tokens.getRefreshToken(racing.token_hash)).not.toBeNull();
      for (const gone of [revoked, emptied]) {
        expect(await store.tokens.getFamily(gone.family.id)).toBeNull();
        expect(await store.tokens.getRefreshToken(gone.refreshToken.token_hash)).toBeNull();
        expect(await store.tokens.getAccessToken(gone.accessToken.jti)).toBeNull();
      }
      expect(await store.tokens.getFamily(halfDone.family.id)).toEqual(halfDone.family);
      expect(await store.tokens.getRefreshToken(halfDone.refreshToken.token_hash)).not.toBeNull();
      expect(await store.tokens.getAccessToken(halfDone.accessToken.jti)).toBeNull();

      await store.tokens.prune(NOW + 1);
      expect(await store.tokens.getRefreshToken(racing.token_hash)).toBeNull();
      expect(await store.tokens.getFamily(live.family.id)).toEqual(live.family);
    });

    it("N67 forgets keys retired at or before the cutoff, never the one that signs", async () => {
      const signing = signingKey({ created_at: NOW - 1000 });
      const longRetired = signingKey({ retired_at: NOW - 100 });
      const published = signingKey({ retired_at: NOW - 99 });
      for (const each of [signing, longRetired, published]) await store.keys.insert(each);
      expect(await store.keys.prune(NOW - 100)).toBe(1);
      const kids = (await store.keys.list()).map((key) => key.kid).sort();
      expect(kids).toEqual([signing.kid, published.kid].sort());
    });

    it("N67 forgets throttle keys with no attempt in the window and keeps the others whole", async () => {
      await store.throttle.hit("sign-in:old", NOW - 10, 0);
      await store.throttle.hit("sign-in:recent", NOW - 10, 0);
      await store.throttle.hit("sign-in:recent", NOW, 0);
      expect(await store.throttle.prune(NOW - 9)).toBe(1);
      expect(await store.throttle.window("sign-in:old", 0)).toEqual([]);
      expect(await store.throttle.window("sign-in:recent", 0)).toEqual([NOW - 10, NOW]);
    });

    it("N67 deletes each record once when prunes race, in batches beyond one", async () => {
      const ended = Array.from({ length: 2500 }, () => interaction({ expires_at: NOW }));
      const live = interaction({ expires_at: NOW + 1 });
      await Promise.all([...ended, live].map((each) => store.interactions.insert(each)));
      const counts = await Promise.all([0, 1, 2].map(() => store.interactions.prune(NOW)));
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(ended.length);
      expect((await store.countRecords()).interactions).toBe(1);
      expect(await store.interactions.get(live.id)).toEqual(live);
    });
  });
}
