import { refreshTokenFormSchema } from "@gatehouse/shared";
import { rotateRefreshToken } from "../../domain/refresh-tokens.ts";
import type { Grant } from "./grant.ts";

/** @see RFC 6749 §6 */
export const refreshTokenGrant: Grant<typeof refreshTokenFormSchema> = {
  grantType: "refresh_token",
  parameters: refreshTokenFormSchema,
  handle: (deps, form, client) =>
    rotateRefreshToken(deps, { refreshToken: form.refresh_token, client, scope: form.scope }),
};
