import type { PortalPolicy, PortalRepository } from "../../portals.ts";
import { namesUnstorable, type Postgres } from "../queries.ts";
import { portals } from "../tables.ts";

export const postgresPortals = (db: Postgres): PortalRepository => ({
  get: db.getter(portals),
  // Byte order, as the lowdb engine sorts.
  list: () => db.rows(`SELECT ${portals.list} FROM portals ORDER BY id COLLATE "C"`),
  insert: db.upsert(portals),
  rename: async (id, name) =>
    !namesUnstorable([id]) &&
    (await db.run("UPDATE portals SET name = $2::text WHERE id = $1", [id, name])) === 1,
  getPolicy: (id) => db.row<PortalPolicy>("SELECT require_second_factor FROM portals WHERE id = $1", [id]),
  setPolicy: async (id, policy) =>
    !namesUnstorable([id]) &&
    (await db.run("UPDATE portals SET require_second_factor = $2::boolean WHERE id = $1", [
      id,
      policy.require_second_factor,
    ])) === 1,
});
