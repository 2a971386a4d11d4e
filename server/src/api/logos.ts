import { clientIdSchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { notFound } from "../errors.ts";

/** An icon may be an SVG: served so that nothing in it can run, even when opened directly. */
const ICON_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** `GET /logos/:client_id`: an app's icon from our own origin (docs/api.md#app-icons). */
export function logoRoutes({ store }: Deps): Router {
  const router = Router();
  router.get("/:clientId", async function serveLogo(req, res) {
    const clientId = clientIdSchema.safeParse(req.params.clientId);
    const client = clientId.success ? await store.clients.get(clientId.data) : null;
    if (!client) throw notFound("no such application");
    res.set({
      "Content-Type": client.logo.media_type,
      "Content-Security-Policy": ICON_CONTENT_SECURITY_POLICY,
      "Cache-Control": "public, max-age=86400",
      "Cross-Origin-Resource-Policy": "same-origin",
    });
    res.send(Buffer.from(client.logo.data_base64, "base64"));
  });
  return router;
}
