import { revocationFormSchema } from "@gatehouse/shared";
import express, { Router } from "express";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { findClientToken } from "../domain/token-lookup.ts";
import { corsForClients, restrictCorsToClient } from "../http/cors.ts";
import { noStore, requireContentType } from "../http/guards.ts";
import { parseWith, singleValued } from "../http/parse.ts";
import { authenticateClient } from "./client-auth.ts";

/**
 * `POST /oauth2/revoke`: a refresh token ends its whole token family; an access token ends itself.
 * Unknown, invalid or another client's tokens are answered 200 all the same.
 * @see RFC 7009 §2
 */
export function revokeRoutes(deps: Deps): Router {
  const router = Router();
  router.use(corsForClients(deps.store, ["POST"]));
  router.post(
    "/",
    noStore,
    requireContentType("application/x-www-form-urlencoded"),
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 20 }),
    async function revoke(req, res) {
      const form = parseWith(revocationFormSchema, singleValued(req.body));
      const client = await authenticateClient(deps, {
        authorization: req.get("authorization"),
        address: req.ip,
        client_id: form.client_id,
        client_secret: form.client_secret,
      });
      restrictCorsToClient(req, res, client);
      const found = await findClientToken(deps, client, form.token);
      const now = epochSeconds(deps.clock);
      if (found?.type === "refresh_token") await deps.store.tokens.revokeFamily(found.family.id, now);
      if (found?.type === "access_token") await deps.store.tokens.revokeAccessToken(found.verified.jti, now);
      res.status(200).end();
    },
  );
  return router;
}
