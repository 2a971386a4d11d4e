import type { RequestListener } from "node:http";
import type { Deps } from "../deps.ts";
import { invalidRequest, unsupportedGrantType } from "../errors.ts";
import { formEndpoint } from "../http/form-endpoint.ts";
import { GRANT_TYPES_SUPPORTED, GRANTS } from "./grants/index.ts";

/** `POST /oauth2/token` (docs/api.md#token-endpoint): picks the grant by `grant_type`. @see RFC 6749 §3.2 */
export function tokenEndpoint(deps: Deps): RequestListener {
  return formEndpoint(deps, async function token(exchange) {
    const grantType = exchange.params.grant_type;
    if (!grantType) throw invalidRequest("grant_type is required");
    const grant = GRANTS.get(grantType);
    if (!grant) throw unsupportedGrantType(`grant_type must be one of ${GRANT_TYPES_SUPPORTED.join(", ")}`);
    const answer = await grant(deps, exchange);
    deps.metrics.tokensIssued.inc({ grant_type: grantType });
    return answer;
  });
}
