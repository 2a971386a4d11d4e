import type { PendingSignInRepository } from "../../pending-sign-ins.ts";
import type { Postgres } from "../queries.ts";
import { pendingSignIns } from "../tables.ts";
import { postgresSingleUse } from "./single-use.ts";

export const postgresPendingSignIns = (db: Postgres): PendingSignInRepository => ({
  ...postgresSingleUse(db, pendingSignIns),
  delete: db.remove(pendingSignIns),
});
