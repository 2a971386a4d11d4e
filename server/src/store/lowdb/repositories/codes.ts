import type { CodeRepository } from "../../codes.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";
import { issue } from "./tokens.ts";

// Atomic: each check and its change happen in one turn of the event loop, before the first await.
export const lowdbCodes = (db: Lowdb): CodeRepository => {
  const { codes, grants, users } = db.tables;
  return {
    get: async (codeHash) => codes.read(codeHash),
    getWithGrant: async (codeHash) => {
      const code = codes.read(codeHash);
      return code && { code, grant: grants.read(code.grant_id), user: users.read(code.user_id) };
    },
    insert: (code) => db.commit([codes.put(code.code_hash, code)]),
    redeem: async (codeHash, at, issued) => {
      const code = codes.peek(codeHash);
      if (!code || code.consumed_at !== null) return false;
      await db.commit([codes.put(codeHash, { ...code, consumed_at: at }), ...issue(db, issued)]);
      return true;
    },
    delete: (codeHash) => db.commit([codes.remove(codeHash)]),
    prune: (now) => pruneWhere(db, codes, (code) => code.expires_at <= now),
  };
};
