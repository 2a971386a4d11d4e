import type { PortalRepository } from "../../portals.ts";
import type { Lowdb } from "../tables.ts";

/** A portal never given a policy requires nothing. */
const DEFAULT_POLICY = { require_second_factor: false };

export const lowdbPortals = ({
  tables: { portals, portal_policies: policies },
  commit,
}: Lowdb): PortalRepository => ({
  get: async (id) => portals.read(id),
  list: async () => portals.readWhere(() => true).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  insert: (portal) => commit([portals.put(portal.id, portal)]),
  rename: async (id, name) => {
    const portal = portals.read(id);
    if (!portal) return false;
    await commit([portals.put(id, { ...portal, name })]);
    return true;
  },
  getPolicy: async (id) => (portals.has(id) ? { ...DEFAULT_POLICY, ...policies.read(id) } : null),
  setPolicy: async (id, policy) => {
    if (!portals.has(id)) return false;
    await commit([policies.put(id, { require_second_factor: policy.require_second_factor })]);
    return true;
  },
});
