import { revocationFormSchema } from "@gatehouse/shared";
import type { Router } from "express";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { findClientToken } from "../domain/token-lookup.ts";
import { parseWith, singleValued } from "../http/parse.ts";
import { authenticateFormClient, clientFormRoute } from "./client-auth.ts";

/**
 * `POST /oauth2/revoke`: a refresh token ends its whole token family; an access token ends itself.
 * Unknown, invalid or another client's tokens are answered 200 all the same.
 * @see RFC 7009 §2
 */
export function revokeRoutes(deps: Deps): Router {
  const router = clientFormRoute(deps, async function revoke(req, res) {
    const form = parseWith(revocationFormSchema, singleValued(req.body));
    const client = await authenticateFormClient(deps, req, res, form);
    const found = await findClientToken(deps, client, form.token);
    const now = epochSeconds(deps.clock);
    if (found?.type === "refresh_token") await deps.store.tokens.revokeFamily(found.family.id, now);
    if (found?.type === "access_token") await deps.store.tokens.revokeAccessToken(found.verified.jti, now);
    res.status(200).end();
  });
  return router;
}
