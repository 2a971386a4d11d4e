import {
  type PortalSettings,
  type PortalSettingsUpdate,
  portalSettingsSchema,
} from "@gatehouse/shared/schemas/second-factors";
import { http, send } from "./http.ts";

/** `GET /api/portal`: the current portal's settings (owners and admins; docs/api.md#second-factors). */
export function getPortal(): Promise<PortalSettings> {
  return send(portalSettingsSchema, () => http.get("api/portal"));
}

/** `PATCH /api/portal`: owners only, 403 `forbidden` for anyone else. */
export function updatePortal(body: PortalSettingsUpdate): Promise<PortalSettings> {
  return send(portalSettingsSchema, () => http.patch("api/portal", { json: body }));
}
