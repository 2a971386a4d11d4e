import type { SingleUseRecord, SingleUseRepository } from "../../single-use.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Table } from "../table.ts";
import type { Lowdb } from "../tables.ts";

/** The part every single-use table shares, over `table`, each record stored under `keyOf(record)`. */
export const lowdbSingleUse = <R extends SingleUseRecord>(
  { commit }: Pick<Lowdb, "commit">,
  table: Table<R>,
  keyOf: (record: R) => string,
): SingleUseRepository<R> => ({
  insert: (record) => commit([table.put(keyOf(record), record)]),
  get: async (key) => table.read(key),
  // Checked and marked in one synchronous step: no other caller runs between them.
  consume: async (key, at) => {
    const found = table.read(key);
    if (!found || found.consumed_at !== null) return null;
    const consumed = { ...found, consumed_at: at };
    await commit([table.put(key, consumed)]);
    return consumed;
  },
  prune: (now) => pruneWhere({ commit }, table, (record) => record.expires_at <= now),
});
