import type { PendingSignInRepository } from "../../pending-sign-ins.ts";
import type { Lowdb } from "../tables.ts";
import { lowdbSingleUse } from "./single-use.ts";

export const lowdbPendingSignIns = ({
  tables: { pending_sign_ins: pending },
  commit,
}: Lowdb): PendingSignInRepository => ({
  ...lowdbSingleUse({ commit }, pending, (record) => record.id_hash),
  delete: async (idHash) => {
    if (pending.has(idHash)) await commit([pending.remove(idHash)]);
  },
});
