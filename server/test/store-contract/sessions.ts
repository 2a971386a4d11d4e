import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionRecord, Store } from "../../src/store/types.ts";
import { NOW, session } from "./records.ts";

/** The contract of `store.sessions` (see `describeStoreContract`). */
export function describeSessionsContract(openFreshStore: () => Promise<Store>): void {
  describe("sessions", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores, updates and deletes a session", async () => {
      const s = session();
      await store.sessions.insert(s);
      expect(await store.sessions.get(s.id_hash)).toEqual(s);
      const chosen: SessionRecord = {
        ...s,
        portal_id: "acme",
        portal_chosen_at: NOW + 5,
        last_seen_at: NOW + 5,
      };
      await store.sessions.update(chosen);
      expect(await store.sessions.get(s.id_hash)).toEqual(chosen);
      await store.sessions.delete(s.id_hash);
      expect(await store.sessions.get(s.id_hash)).toBeNull();
      await store.sessions.delete(s.id_hash);
    });

    it("returns a copy", async () => {
      const s = session();
      await store.sessions.insert(s);
      const read = await store.sessions.get(s.id_hash);
      if (read) read.user_id = "someone else";
      expect(await store.sessions.get(s.id_hash)).toEqual(s);
    });

    it("lists a person's sessions oldest first, and ends all of them or all but one", async () => {
      const userId = "ann";
      const first = session({ user_id: userId, created_at: NOW });
      const second = session({ user_id: userId, created_at: NOW + 1, user_agent: null, address: null });
      const third = session({ user_id: userId, created_at: NOW + 2 });
      const others = session({ user_id: "bob" });
      for (const each of [third, others, first, second]) await store.sessions.insert(each);
      expect(await store.sessions.listByUser(userId)).toEqual([first, second, third]);
      expect(await store.sessions.deleteByUser(userId, second.id_hash)).toBe(2);
      expect(await store.sessions.listByUser(userId)).toEqual([second]);
      expect(await store.sessions.deleteByUser(userId, null)).toBe(1);
      expect(await store.sessions.listByUser(userId)).toEqual([]);
      expect(await store.sessions.get(others.id_hash)).toEqual(others);
    });

    it("renames a session: the old id stops finding it, the new one finds the same record", async () => {
      const s = session();
      const other = session({ user_id: "bob" });
      await store.sessions.insert(s);
      await store.sessions.insert(other);
      expect(await store.sessions.rename(s.id_hash, "bmV3LWlk")).toBe(true);
      expect(await store.sessions.get(s.id_hash)).toBeNull();
      expect(await store.sessions.get("bmV3LWlk")).toEqual({ ...s, id_hash: "bmV3LWlk" });
      expect(await store.sessions.get(other.id_hash)).toEqual(other);
      // Ended meanwhile, or renamed by another request first: nothing to rename.
      expect(await store.sessions.rename(s.id_hash, "YW5vdGhlcg")).toBe(false);
      expect(await store.sessions.get("YW5vdGhlcg")).toBeNull();
      expect(await store.sessions.rename("bm90LWEtc2Vzc2lvbg", "c29tZXRoaW5n")).toBe(false);
    });

    it("renames a session once when renames race", async () => {
      const s = session();
      await store.sessions.insert(s);
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, n) => store.sessions.rename(s.id_hash, `cmFjZS0${n}`)),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await store.sessions.get(s.id_hash)).toBeNull();
      expect((await store.sessions.listByUser(s.user_id)).map((each) => each.user_id)).toEqual([s.user_id]);
    });
  });
}
