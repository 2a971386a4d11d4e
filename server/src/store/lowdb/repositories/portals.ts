import type { PortalRepository } from "../../portals.ts";
import type { Lowdb } from "../tables.ts";

export const lowdbPortals = ({ tables: { portals }, commit }: Lowdb): PortalRepository => ({
  get: async (id) => portals.read(id),
  list: async () => portals.readWhere(() => true).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  insert: (portal) => commit([portals.put(portal.id, portal)]),
  rename: async (id, name) => {
    const portal = portals.read(id);
    if (!portal) return false;
    await commit([portals.put(id, { ...portal, name })]);
    return true;
  },
});
