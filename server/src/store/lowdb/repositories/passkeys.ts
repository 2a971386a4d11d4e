import type { PasskeyRepository } from "../../passkeys.ts";
import type { Lowdb } from "../tables.ts";

/** Keyed by credential ID, the lookup every passkey sign-in makes; the public id is found by a scan. */
export const lowdbPasskeys = ({ tables: { passkeys }, commit }: Lowdb): PasskeyRepository => {
  const keyOf = (id: string) => passkeys.keysWhere((passkey) => passkey.id === id)[0];
  return {
    insert: async (passkey) => {
      if (passkeys.has(passkey.credential_id)) return false;
      await commit([passkeys.put(passkey.credential_id, passkey)]);
      return true;
    },
    findByCredentialId: async (credentialId) => passkeys.read(credentialId),
    get: async (id) => {
      const key = keyOf(id);
      return key === undefined ? null : passkeys.read(key);
    },
    listByUser: async (userId) =>
      passkeys
        .readWhere((passkey) => passkey.user_id === userId)
        .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1)),
    // Checked and written in one synchronous step: no other caller runs between them.
    recordUse: async (credentialId, { from, counter, at }) => {
      const found = passkeys.read(credentialId);
      if (!found || found.counter !== from) return false;
      await commit([passkeys.put(credentialId, { ...found, counter, last_used_at: at })]);
      return true;
    },
    rename: async (id, name) => {
      const key = keyOf(id);
      const found = key === undefined ? null : passkeys.read(key);
      if (key !== undefined && found) await commit([passkeys.put(key, { ...found, name })]);
    },
    delete: async (id) => {
      const key = keyOf(id);
      if (key !== undefined) await commit([passkeys.remove(key)]);
    },
    deleteByUser: async (userId) => {
      const keys = passkeys.keysWhere((passkey) => passkey.user_id === userId);
      if (keys.length > 0) await commit(keys.map((key) => passkeys.remove(key)));
      return keys.length;
    },
  };
};
