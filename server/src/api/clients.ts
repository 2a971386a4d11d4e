import {
  clientEnabledSchema,
  clientIdSchema,
  clientSettingsSchema,
  clientUpdateSchema,
} from "@gatehouse/shared";
import type { AuditEventName } from "@gatehouse/shared/schemas/audit";
import { type Request, Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
import { auditPerson, recordAudit } from "../domain/audit.ts";
import {
  clientView,
  deleteClient,
  regenerateClientSecret,
  registerClient,
  setClientEnabled,
  updateClient,
} from "../domain/clients.ts";
import { invalidRequest, notFound } from "../errors.ts";
import { parseParameters } from "../http/params.ts";
import { parseWith } from "../http/parse.ts";
import type { ClientRecord } from "../store/types.ts";
import { type PortalMember, requirePortalAdmin } from "./portal-access.ts";
import { requestSource } from "./request-origin.ts";

/** The app named in the path of `/api/clients/:clientId`. */
const clientPathSchema = z.object({ clientId: clientIdSchema });

/** `/api/clients`: Developer Tools, for owners and admins of the current portal (docs/api.md#clients). */
export function clientRoutes(deps: Deps): Router {
  const { config, store } = deps;
  const router = Router();
  const view = (client: ClientRecord) => clientView(config.issuer, client);

  /** An app of the caller's portal; another portal's app is as unknown as a missing one. */
  async function portalClient(req: Request): Promise<{ client: ClientRecord; admin: PortalMember }> {
    const admin = await requirePortalAdmin(deps, req);
    const { clientId } = parseParameters(clientPathSchema, req.params);
    const client = await store.clients.get(clientId);
    if (!client || client.portal_id !== admin.portalId) throw notFound("no such application on this portal");
    return { client, admin };
  }

  /** Audits a change an admin made to an app of their portal (docs/operations.md#audit-events). */
  function audit(req: Request, event: AuditEventName, admin: PortalMember, client: ClientRecord): void {
    recordAudit(deps, {
      event,
      portal_ids: [admin.portalId],
      person: auditPerson(admin.user),
      source: requestSource(req),
      details: { client_id: client.client_id, client_name: client.name },
    });
  }

  router.get("/", async function listClients(req, res) {
    const { portalId } = await requirePortalAdmin(deps, req);
    const clients = await store.clients.listByPortal(portalId);
    res.json(clients.sort((a, b) => a.created_at - b.created_at).map(view));
  });

  router.post("/", async function createClient(req, res) {
    const admin = await requirePortalAdmin(deps, req);
    const settings = parseWith(clientSettingsSchema, req.body);
    const { client, secret } = await registerClient(deps, admin.portalId, settings);
    audit(req, "client.created", admin, client);
    res.status(201).json({ client: view(client), ...(secret ? { client_secret: secret } : {}) });
  });

  router.get("/:clientId", async function showClient(req, res) {
    res.json(view((await portalClient(req)).client));
  });

  router.put("/:clientId", async function changeClient(req, res) {
    const { client, admin } = await portalClient(req);
    const settings = parseWith(clientUpdateSchema, req.body);
    const updated = await updateClient(deps, client, settings);
    audit(req, "client.updated", admin, updated);
    res.json(view(updated));
  });

  router.patch("/:clientId", async function enableClient(req, res) {
    const { client, admin } = await portalClient(req);
    const { enabled } = parseWith(clientEnabledSchema, req.body);
    const updated = await setClientEnabled(deps, client, enabled);
    audit(req, enabled ? "client.enabled" : "client.disabled", admin, updated);
    res.json(view(updated));
  });

  router.post("/:clientId/secret", async function newClientSecret(req, res) {
    const { client, admin } = await portalClient(req);
    if (client.public) throw invalidRequest("a public (PKCE) app has no secret");
    const secret = await regenerateClientSecret(deps, client);
    audit(req, "client.secret_regenerated", admin, client);
    res.json({ client_secret: secret });
  });

  router.delete("/:clientId", async function removeClient(req, res) {
    const { client, admin } = await portalClient(req);
    await deleteClient(deps, client);
    audit(req, "client.deleted", admin, client);
    res.status(204).end();
  });

  return router;
}
