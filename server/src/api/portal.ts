import { portalSettingsUpdateSchema } from "@gatehouse/shared/schemas/second-factors";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { changePortalSettings, showPortalSettings } from "../domain/portal-policy.ts";
import { parseWith } from "../http/parse.ts";
import { requirePortalMember } from "./portal-access.ts";

/** `/api/portal`: the current portal's settings; owners change them, admins read them (docs/api.md#second-factors). */
export function portalRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/", async function showPortal(req, res) {
    res.json(await showPortalSettings(deps, await requirePortalMember(deps, req)));
  });

  router.patch("/", async function changePortal(req, res) {
    const member = await requirePortalMember(deps, req);
    res.json(await changePortalSettings(deps, member, parseWith(portalSettingsUpdateSchema, req.body)));
  });

  return router;
}
