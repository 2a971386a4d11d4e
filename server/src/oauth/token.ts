import { GRANT_TYPES } from "@gatehouse/shared";
import type { Router } from "express";
import type { Deps } from "../deps.ts";
import { invalidRequest, invalidScope, OAuthError, unsupportedGrantType } from "../errors.ts";
import { parseWith, singleValued } from "../http/parse.ts";
import { authenticateFormClient, clientFormRoute } from "./client-auth.ts";
import { authorizationCodeGrant } from "./grants/authorization-code.ts";
import type { Grant } from "./grants/grant.ts";
import { refreshTokenGrant } from "./grants/refresh-token.ts";

// biome-ignore lint/suspicious/noExplicitAny: each grant narrows its own form type
const GRANTS: ReadonlyMap<string, Grant<any>> = new Map(
  [authorizationCodeGrant, refreshTokenGrant].map((grant) => [grant.grantType, grant]),
);

/** A bad `scope` is `invalid_scope`, anything else `invalid_request`. @see RFC 6749 §5.2 */
// biome-ignore lint/suspicious/noExplicitAny: each grant narrows its own form type
function parseTokenForm(grant: Grant<any>, source: Record<string, string>) {
  const parsed = grant.parameters.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.path[0] === "scope") throw invalidScope(issue.message);
  return parseWith(grant.parameters, source);
}

/** `POST /oauth2/token` (contract §7). @see RFC 6749 §3.2 */
export function tokenRoutes(deps: Deps): Router {
  const router = clientFormRoute(deps, async function token(req, res) {
    const source = singleValued(req.body);
    const grantType = source.grant_type;
    if (!grantType) throw invalidRequest("grant_type is required");
    const grant = GRANTS.get(grantType);
    if (!grant) {
      throw unsupportedGrantType(
        `grant_type must be one of ${GRANT_TYPES.filter((type) => GRANTS.has(type)).join(", ")}`,
      );
    }
    const form = parseTokenForm(grant, source);
    const client = await authenticateFormClient(deps, req, res, form);
    res.json(await grant.handle(deps, form, client));
  });

  router.all("/", function methodNotAllowed(_req, res) {
    res.set("Allow", "POST");
    throw new OAuthError("method_not_allowed", 405, "use POST");
  });

  return router;
}
