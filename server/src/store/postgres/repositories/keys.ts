import type { KeyRepository } from "../../keys.ts";
import type { Postgres } from "../queries.ts";
import { signingKeys } from "../tables.ts";

export const postgresKeys = (db: Postgres): KeyRepository => ({
  list: () => db.rows(`SELECT ${signingKeys.list} FROM signing_keys ORDER BY created_at, kid`),
  insert: db.upsert(signingKeys),
  update: db.update(signingKeys),
  prune: (retiredBy) => db.prune(signingKeys, "retired_at <= $1::bigint", [retiredBy]),
});
