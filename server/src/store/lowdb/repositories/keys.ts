import type { KeyRepository } from "../../keys.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbKeys = ({ tables: { keys }, commit }: Lowdb): KeyRepository => ({
  list: async () => keys.readWhere(() => true),
  insert: (key) => commit([keys.put(key.kid, key)]),
  update: async (key) => {
    if (keys.has(key.kid)) await commit([keys.put(key.kid, key)]);
  },
  prune: (retiredBy) =>
    pruneWhere({ commit }, keys, (key) => key.retired_at !== null && key.retired_at <= retiredBy),
});
