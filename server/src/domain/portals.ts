import { invalidRequest, notFound } from "../errors.ts";
import type { PortalRecord, Store } from "../store/types.ts";

/**
 * A new portal, refused when its id is taken. Checked and written while no other `exclusively` task
 * runs, so two operators creating one id at once make one portal. @see docs/operations.md#command-line
 */
export async function createPortal({ store }: { store: Store }, portal: PortalRecord): Promise<PortalRecord> {
  return store.exclusively(async () => {
    if (await store.portals.get(portal.id)) throw invalidRequest(`portal ${portal.id} exists already`);
    await store.portals.insert(portal);
    return portal;
  });
}

/** A portal's new name; `404` for an unknown id. */
export async function renamePortal(
  { store }: { store: Pick<Store, "portals"> },
  id: string,
  name: string,
): Promise<PortalRecord> {
  if (!(await store.portals.rename(id, name))) throw notFound(`no portal ${id}`);
  return { id, name };
}

/** The portal `id`; `404` when there is none. */
export async function requirePortal(
  { store }: { store: Pick<Store, "portals"> },
  id: string,
): Promise<PortalRecord> {
  const portal = await store.portals.get(id);
  if (!portal) throw notFound(`no portal ${id}`);
  return portal;
}
