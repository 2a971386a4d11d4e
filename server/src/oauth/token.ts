import type { RequestListener } from "node:http";
import { GRANT_TYPES } from "@gatehouse/shared";
import type { Deps } from "../deps.ts";
import { invalidRequest, invalidScope, unsupportedGrantType } from "../errors.ts";
import { formEndpoint } from "../http/form-endpoint.ts";
import { parseWith } from "../http/parse.ts";
import { authenticateFormClient } from "./client-auth.ts";
import { authorizationCodeGrant } from "./grants/authorization-code.ts";
import type { Grant } from "./grants/grant.ts";
import { refreshTokenGrant } from "./grants/refresh-token.ts";

// biome-ignore lint/suspicious/noExplicitAny: each grant narrows its own form type
const GRANTS: ReadonlyMap<string, Grant<any>> = new Map(
  [authorizationCodeGrant, refreshTokenGrant].map((grant) => [grant.grantType, grant]),
);

/** A bad `scope` is `invalid_scope`, anything else `invalid_request`. @see RFC 6749 §5.2 */
// biome-ignore lint/suspicious/noExplicitAny: each grant narrows its own form type
function parseTokenForm(grant: Grant<any>, source: Readonly<Record<string, string>>) {
  const parsed = grant.parameters.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.path[0] === "scope") throw invalidScope(issue.message);
  return parseWith(grant.parameters, source);
}

/** `POST /oauth2/token` (contract §7). @see RFC 6749 §3.2 */
export function tokenEndpoint(deps: Deps): RequestListener {
  return formEndpoint(deps, async function token(exchange) {
    const source = exchange.params;
    const grantType = source.grant_type;
    if (!grantType) throw invalidRequest("grant_type is required");
    const grant = GRANTS.get(grantType);
    if (!grant) {
      throw unsupportedGrantType(
        `grant_type must be one of ${GRANT_TYPES.filter((type) => GRANTS.has(type)).join(", ")}`,
      );
    }
    const form = parseTokenForm(grant, source);
    const client = await authenticateFormClient(deps, exchange, form);
    return grant.handle(deps, form, client);
  });
}
