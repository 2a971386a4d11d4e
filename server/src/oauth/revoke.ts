import type { RequestListener } from "node:http";
import { revocationFormSchema } from "@gatehouse/shared";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { findClientToken } from "../domain/token-lookup.ts";
import { formEndpoint } from "../http/form-endpoint.ts";
import { parseWith } from "../http/parse.ts";
import { authenticateFormClient } from "./client-auth.ts";

/**
 * `POST /oauth2/revoke`: a refresh token ends its whole token family; an access token ends itself.
 * Unknown, invalid or another client's tokens are answered 200 all the same.
 * @see RFC 7009 §2
 */
export function revokeEndpoint(deps: Deps): RequestListener {
  return formEndpoint(deps, async function revoke(exchange) {
    const form = parseWith(revocationFormSchema, exchange.params);
    const client = await authenticateFormClient(deps, exchange, form);
    const found = await findClientToken(deps, client, form.token);
    const now = epochSeconds(deps.clock);
    if (found?.type === "refresh_token") await deps.store.tokens.revokeFamily(found.family.id, now);
    if (found?.type === "access_token") await deps.store.tokens.revokeAccessToken(found.verified.jti, now);
    return null;
  });
}
