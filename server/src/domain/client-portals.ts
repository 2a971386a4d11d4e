import type { ClientRecord } from "../store/types.ts";

type PortalReach = Pick<ClientRecord, "portal_id" | "allow_other_portals">;

/**
 * An app may be used on its own portal, and on others only when its owners made it available to
 * other portals. @see docs/api.md#portals-of-an-app
 */
export const mayUseOnPortal = (client: PortalReach, portalId: string): boolean =>
  client.allow_other_portals || client.portal_id === portalId;

/** The portals, among a person's, where the app may be used: what the chooser offers. */
export const usablePortals = <P extends { id: string }>(client: PortalReach, portals: readonly P[]): P[] =>
  portals.filter((portal) => mayUseOnPortal(client, portal.id));

/** The portal a session acts for, when the app may be used there; null when the person must choose. */
export const usableSessionPortal = (client: PortalReach, portalId: string | null): string | null =>
  portalId !== null && mayUseOnPortal(client, portalId) ? portalId : null;
