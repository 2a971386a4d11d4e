import { refreshTokenFormSchema } from "@gatehouse/shared";
import { auditSource } from "../../domain/audit.ts";
import { rotateRefreshToken } from "../../domain/refresh-tokens.ts";
import { defineGrant } from "./grant.ts";

/** @see RFC 6749 §6 */
export const refreshTokenGrant = defineGrant(refreshTokenFormSchema, (deps, form, client, exchange) =>
  rotateRefreshToken(deps, {
    refreshToken: form.refresh_token,
    client,
    scope: form.scope,
    source: auditSource(exchange.address, exchange.userAgent),
  }),
);
