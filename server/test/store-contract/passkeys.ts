import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.ts";
import { NOW, passkey, winners } from "./records.ts";

/** The contract of `store.passkeys` (see `describeStoreContract`). */
export function describePasskeysContract(openFreshStore: () => Promise<Store>): void {
  describe("passkeys", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a passkey and finds it by its credential ID and by its public id", async () => {
      const stored = passkey({ last_used_at: NOW + 1, counter: 2 ** 33 });
      expect(await store.passkeys.insert(stored)).toBe(true);
      expect(await store.passkeys.findByCredentialId(stored.credential_id)).toEqual(stored);
      expect(await store.passkeys.get(stored.id)).toEqual(stored);
      expect(await store.passkeys.findByCredentialId("unknown")).toBeNull();
      expect(await store.passkeys.get("unknown")).toBeNull();
      expect((await store.countRecords()).passkeys).toBe(1);
    });

    it("N76 refuses a second passkey with a credential ID already stored, whoever registers it", async () => {
      const first = passkey();
      await store.passkeys.insert(first);
      const again = passkey({ credential_id: first.credential_id, user_id: "bob" });
      expect(await store.passkeys.insert(again)).toBe(false);
      expect(await store.passkeys.findByCredentialId(first.credential_id)).toEqual(first);
      expect(await store.passkeys.get(again.id)).toBeNull();
    });

    it("lists a person's passkeys oldest first, and no one else's", async () => {
      const newer = passkey({ created_at: NOW + 5 });
      const older = passkey({ created_at: NOW });
      const bobs = passkey({ user_id: "bob" });
      for (const each of [newer, bobs, older]) await store.passkeys.insert(each);
      expect(await store.passkeys.listByUser("ann")).toEqual([older, newer]);
      expect(await store.passkeys.listByUser("carol")).toEqual([]);
    });

    it("N76 records a use only from the counter it was read with", async () => {
      const stored = passkey({ counter: 4 });
      await store.passkeys.insert(stored);
      expect(await store.passkeys.recordUse(stored.credential_id, { from: 3, counter: 9, at: NOW })).toBe(
        false,
      );
      expect(await store.passkeys.recordUse(stored.credential_id, { from: 4, counter: 5, at: NOW + 1 })).toBe(
        true,
      );
      expect(await store.passkeys.findByCredentialId(stored.credential_id)).toEqual({
        ...stored,
        counter: 5,
        last_used_at: NOW + 1,
      });
      expect(await store.passkeys.recordUse("unknown", { from: 0, counter: 1, at: NOW })).toBe(false);
    });

    it("N76 lets one of many uses racing from one counter win", async () => {
      const stored = passkey({ counter: 7 });
      await store.passkeys.insert(stored);
      const won = await winners(20, (i) =>
        store.passkeys.recordUse(stored.credential_id, { from: 7, counter: 8 + i, at: NOW }),
      );
      expect(won).toBe(1);
    });

    it("renames and deletes a passkey by its public id, and deletes every passkey of a person", async () => {
      const laptop = passkey();
      const phone = passkey();
      const bobs = passkey({ user_id: "bob" });
      for (const each of [laptop, phone, bobs]) await store.passkeys.insert(each);
      await store.passkeys.rename(laptop.id, "Work laptop");
      await store.passkeys.rename("unknown", "Nothing");
      expect(await store.passkeys.get(laptop.id)).toEqual({ ...laptop, name: "Work laptop" });
      await store.passkeys.delete(phone.id);
      await store.passkeys.delete("unknown");
      expect(await store.passkeys.findByCredentialId(phone.credential_id)).toBeNull();
      expect(await store.passkeys.deleteByUser("ann")).toBe(1);
      expect(await store.passkeys.deleteByUser("ann")).toBe(0);
      expect(await store.passkeys.listByUser("bob")).toEqual([bobs]);
    });
  });
}
