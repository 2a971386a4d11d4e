import { type IntrospectionResponse, introspectionFormSchema } from "@gatehouse/shared";
import express, { Router } from "express";
import type { Deps } from "../deps.ts";
import { findClientToken } from "../domain/token-lookup.ts";
import { corsForClients, restrictCorsToClient } from "../http/cors.ts";
import { noStore, requireContentType } from "../http/guards.ts";
import { parseWith, singleValued } from "../http/parse.ts";
import { authenticateClient } from "./client-auth.ts";

/**
 * `POST /oauth2/introspect`: a live token of the calling client is described; anything else,
 * revoked, expired, used, unknown or another client's, is only `{ active: false }`.
 * @see RFC 7662 §2
 */
export function introspectRoutes(deps: Deps): Router {
  const router = Router();
  router.use(corsForClients(deps.store, ["POST"]));
  router.post(
    "/",
    noStore,
    requireContentType("application/x-www-form-urlencoded"),
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 20 }),
    async function introspect(req, res) {
      const form = parseWith(introspectionFormSchema, singleValued(req.body));
      const client = await authenticateClient(deps, {
        authorization: req.get("authorization"),
        address: req.ip,
        client_id: form.client_id,
        client_secret: form.client_secret,
      });
      restrictCorsToClient(req, res, client);
      const found = await findClientToken(deps, client, form.token);
      let answer: IntrospectionResponse = { active: false };
      if (found?.type === "access_token") {
        const { verified } = found;
        answer = {
          active: true,
          token_type: "Bearer",
          scope: verified.scopes.join(" "),
          client_id: verified.clientId,
          sub: verified.subject,
          exp: verified.expiresAt,
          iat: verified.issuedAt,
          iss: deps.config.issuer,
          jti: verified.jti,
          portal_id: verified.portalId,
        };
      } else if (found?.type === "refresh_token" && found.active) {
        answer = {
          active: true,
          token_type: "refresh_token",
          scope: found.record.scopes.join(" "),
          client_id: found.family.client_id,
          sub: found.family.user_id,
          exp: found.record.expires_at,
          iat: found.record.created_at,
          iss: deps.config.issuer,
          portal_id: found.family.portal_id,
        };
      }
      res.json(answer);
    },
  );
  return router;
}
