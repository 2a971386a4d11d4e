import { type Consent, clientIdSchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditPerson, recordAudit } from "../domain/audit.ts";
import { clientSummary } from "../domain/clients.ts";
import { epochSeconds } from "../domain/clock.ts";
import { notFound } from "../errors.ts";
import { requirePortalMember } from "./portal-access.ts";
import { requestSource } from "./request-origin.ts";

/** `/api/consents`: the apps a person allowed on the current portal, and revoking them (docs/api.md#consents). */
export function consentRoutes(deps: Deps): Router {
  const { config, store, clock } = deps;
  const router = Router();

  router.get("/", async function listConsents(req, res) {
    const { user, portalId } = await requirePortalMember(deps, req);
    const consents: Consent[] = [];
    for (const grant of await store.grants.listByUserAndPortal(user.id, portalId)) {
      const client = await store.clients.get(grant.client_id);
      if (!client?.enabled) continue;
      consents.push({
        client: clientSummary(config.issuer, client),
        scopes: grant.scopes,
        granted_at: new Date(grant.created_at * 1000).toISOString(),
      });
    }
    res.json(consents);
  });

  router.delete("/:clientId", async function revokeConsent(req, res) {
    const { user, portalId } = await requirePortalMember(deps, req);
    const clientId = clientIdSchema.safeParse(req.params.clientId);
    const grant = clientId.success ? await store.grants.find(user.id, portalId, clientId.data) : null;
    if (!grant) throw notFound("you have not allowed this application on this portal");
    await store.grants.revoke(grant.id, epochSeconds(clock));
    recordAudit(deps, {
      event: "consent.revoked",
      portal_ids: [portalId],
      person: auditPerson(user),
      source: requestSource(req),
      details: { client_id: grant.client_id, scopes: grant.scopes },
    });
    res.status(204).end();
  });

  return router;
}
