import type { PortalRepository } from "../../portals.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbPortals = ({ tables: { portals }, commit }: Lowdb): PortalRepository => ({
  get: async (id) => portals.read(id),
  insert: (portal) => commit([portals.put(portal.id, portal)]),
});
