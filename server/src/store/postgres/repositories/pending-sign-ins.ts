import type { PendingSignInRepository } from "../../pending-sign-ins.ts";
import type { Postgres } from "../queries.ts";
import { pendingSignIns } from "../tables.ts";

export const postgresPendingSignIns = (db: Postgres): PendingSignInRepository => ({
  insert: db.upsert(pendingSignIns),
  get: db.getter(pendingSignIns),
  consume: db.consumer(pendingSignIns),
  delete: db.remove(pendingSignIns),
  prune: (now) => db.prune(pendingSignIns, "expires_at <= $1::bigint", [now]),
});
