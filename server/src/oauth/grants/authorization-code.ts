import { authorizationCodeFormSchema } from "@gatehouse/shared";
import { exchangeAuthorizationCode } from "../../domain/authorization-codes.ts";
import { defineGrant } from "./grant.ts";

/** @see RFC 6749 §4.1.3 */
export const authorizationCodeGrant = defineGrant(authorizationCodeFormSchema, (deps, form, client) =>
  exchangeAuthorizationCode(deps, {
    code: form.code,
    redirectUri: form.redirect_uri,
    codeVerifier: form.code_verifier,
    client,
  }),
);
