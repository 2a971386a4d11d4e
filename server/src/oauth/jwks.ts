import { Router } from "express";
import type { Deps } from "../deps.ts";

/** `GET /oauth2/jwks`: the public signing keys, retired ones included until their tokens expire. @see RFC 7517 */
export function jwksRoutes({ keys }: Deps): Router {
  const router = Router();
  router.get("/", async function publishJwks(_req, res) {
    res.set({ "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" });
    res.type("application/jwk-set+json").send(JSON.stringify(await keys.publicJwks()));
  });
  return router;
}
