import {
  clientEnabledSchema,
  clientIdSchema,
  clientSettingsSchema,
  clientUpdateSchema,
} from "@gatehouse/shared";
import { type Request, Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
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
import { requirePortalAdmin } from "./portal-access.ts";

/** The app named in the path of `/api/clients/:clientId`. */
const clientPathSchema = z.object({ clientId: clientIdSchema });

/** `/api/clients`: Developer Tools, for owners and admins of the current portal (docs/api.md#clients). */
export function clientRoutes(deps: Deps): Router {
  const { config, store } = deps;
  const router = Router();
  const view = (client: ClientRecord) => clientView(config.issuer, client);

  /** An app of the caller's portal; another portal's app is as unknown as a missing one. */
  async function portalClient(req: Request): Promise<ClientRecord> {
    const { portalId } = await requirePortalAdmin(deps, req);
    const { clientId } = parseParameters(clientPathSchema, req.params);
    const client = await store.clients.get(clientId);
    if (!client || client.portal_id !== portalId) throw notFound("no such application on this portal");
    return client;
  }

  router.get("/", async function listClients(req, res) {
    const { portalId } = await requirePortalAdmin(deps, req);
    const clients = await store.clients.listByPortal(portalId);
    res.json(clients.sort((a, b) => a.created_at - b.created_at).map(view));
  });

  router.post("/", async function createClient(req, res) {
    const { portalId } = await requirePortalAdmin(deps, req);
    const settings = parseWith(clientSettingsSchema, req.body);
    const { client, secret } = await registerClient(deps, portalId, settings);
    res.status(201).json({ client: view(client), ...(secret ? { client_secret: secret } : {}) });
  });

  router.get("/:clientId", async function showClient(req, res) {
    res.json(view(await portalClient(req)));
  });

  router.put("/:clientId", async function changeClient(req, res) {
    const client = await portalClient(req);
    const settings = parseWith(clientUpdateSchema, req.body);
    res.json(view(await updateClient(deps, client, settings)));
  });

  router.patch("/:clientId", async function enableClient(req, res) {
    const client = await portalClient(req);
    const { enabled } = parseWith(clientEnabledSchema, req.body);
    res.json(view(await setClientEnabled(deps, client, enabled)));
  });

  router.post("/:clientId/secret", async function newClientSecret(req, res) {
    const client = await portalClient(req);
    if (client.public) throw invalidRequest("a public (PKCE) app has no secret");
    res.json({ client_secret: await regenerateClientSecret(deps, client) });
  });

  router.delete("/:clientId", async function removeClient(req, res) {
    await deleteClient(deps, await portalClient(req));
    res.status(204).end();
  });

  return router;
}
