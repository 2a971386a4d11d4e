import type { SingleUseRecord, SingleUseRepository } from "../../single-use.ts";
import type { TableDefinition } from "../columns.ts";
import type { Postgres } from "../queries.ts";

/** The part every single-use table shares, over `table` and its key column. */
export const postgresSingleUse = <R extends SingleUseRecord>(
  db: Postgres,
  table: TableDefinition<R>,
): SingleUseRepository<R> => ({
  insert: db.upsert(table),
  get: db.getter(table),
  consume: db.consumer(table),
  prune: (now) => db.prune(table, "expires_at <= $1::bigint", [now]),
});
