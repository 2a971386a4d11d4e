import type { PortalSettings } from "@gatehouse/shared/schemas/second-factors";
import { forbidden, notFound } from "../errors.ts";
import type { PortalRole, Store } from "../store/types.ts";

/** A member acting on their current portal. */
export interface PortalActor {
  portalId: string;
  role: PortalRole;
}

async function settingsOf(
  { store }: { store: Pick<Store, "portals"> },
  portalId: string,
): Promise<PortalSettings> {
  const portal = await store.portals.get(portalId);
  const policy = await store.portals.getPolicy(portalId);
  if (!portal || !policy) throw notFound(`no portal ${portalId}`);
  return { id: portal.id, name: portal.name, require_second_factor: policy.require_second_factor };
}

/** `GET /api/portal`: the current portal's settings, for its owners and admins (docs/api.md#second-factors). */
export async function showPortalSettings(
  deps: { store: Pick<Store, "portals"> },
  { portalId, role }: PortalActor,
): Promise<PortalSettings> {
  if (role === "user") throw forbidden("only owners and admins of this portal see its settings");
  return settingsOf(deps, portalId);
}

/** `PATCH /api/portal`: owners only change whether everyone signs in with a second factor. */
export async function changePortalSettings(
  deps: { store: Pick<Store, "portals"> },
  { portalId, role }: PortalActor,
  change: { require_second_factor: boolean },
): Promise<PortalSettings> {
  if (role !== "owner") throw forbidden("only owners of this portal change its settings");
  if (!(await deps.store.portals.setPolicy(portalId, change))) throw notFound(`no portal ${portalId}`);
  return settingsOf(deps, portalId);
}
