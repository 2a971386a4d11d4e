import type { PendingSignInRepository } from "../../pending-sign-ins.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbPendingSignIns = ({
  tables: { pending_sign_ins: pending },
  commit,
}: Lowdb): PendingSignInRepository => ({
  insert: (record) => commit([pending.put(record.id_hash, record)]),
  get: async (idHash) => pending.read(idHash),
  // Checked and marked in one synchronous step: no other caller runs between them.
  consume: async (idHash, at) => {
    const found = pending.read(idHash);
    if (!found || found.consumed_at !== null) return null;
    const consumed = { ...found, consumed_at: at };
    await commit([pending.put(idHash, consumed)]);
    return consumed;
  },
  delete: async (idHash) => {
    if (pending.has(idHash)) await commit([pending.remove(idHash)]);
  },
  prune: (now) => pruneWhere({ commit }, pending, (record) => record.expires_at <= now),
});
