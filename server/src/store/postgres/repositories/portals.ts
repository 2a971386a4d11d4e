import type { PortalRepository } from "../../portals.ts";
import type { Postgres } from "../queries.ts";
import { portals } from "../tables.ts";

export const postgresPortals = (db: Postgres): PortalRepository => ({
  get: db.getter(portals),
  insert: db.upsert(portals),
});
