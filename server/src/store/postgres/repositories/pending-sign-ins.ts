import type { PendingSignInRepository } from "../../pending-sign-ins.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { pendingSignIns } from "../tables.ts";

export const postgresPendingSignIns = (db: Postgres): PendingSignInRepository => ({
  insert: db.upsert(pendingSignIns),
  get: db.getter(pendingSignIns),
  // One compare-and-set statement: of callers racing on one pending sign-in, only one gets a row back.
  consume: async (idHash, at) => {
    if (namesUnstorable([idHash])) return null;
    return db.row(
      `UPDATE pending_sign_ins SET consumed_at = $2::bigint
       WHERE id_hash = $1 AND consumed_at IS NULL RETURNING ${pendingSignIns.list}`,
      [idHash, at],
    );
  },
  delete: db.remove(pendingSignIns),
  prune: (now) => db.prune(pendingSignIns, "expires_at <= $1::bigint", [now]),
});
