import type { RequestListener } from "node:http";
import { type IntrospectionResponse, introspectionFormSchema } from "@gatehouse/shared";
import type { Deps } from "../deps.ts";
import { findClientToken } from "../domain/token-lookup.ts";
import { formEndpoint } from "../http/form-endpoint.ts";
import { parseWith } from "../http/parse.ts";
import { authenticateFormClient } from "./client-auth.ts";

/**
 * `POST /oauth2/introspect`: a live token of the calling client is described; anything else,
 * revoked, expired, used, unknown or another client's, is only `{ active: false }`. The scope is
 * what the token may do now: less whatever its app or grant lost since (docs/api.md#token-endpoint).
 * @see RFC 7662 §2
 */
export function introspectEndpoint(deps: Deps): RequestListener {
  return formEndpoint(deps, async function introspect(exchange) {
    const form = parseWith(introspectionFormSchema, exchange.params);
    const client = await authenticateFormClient(deps, exchange, form);
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
        scope: found.scopes.join(" "),
        client_id: found.family.client_id,
        sub: found.family.user_id,
        exp: found.expiresAt,
        iat: found.record.created_at,
        iss: deps.config.issuer,
        portal_id: found.family.portal_id,
      };
    }
    return answer;
  });
}
