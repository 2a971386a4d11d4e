import { ID_TOKEN_SIGNING_ALGS, LOCALES, PROMPT_VALUES, SCOPE_NAMES } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { releasableClaims } from "../domain/user-claims.ts";
import { GRANT_TYPES_SUPPORTED } from "./grants/index.ts";

/** What every ID token carries, whatever the scopes. @see OpenID Connect Core §2, RFC 8176 (amr) */
const ID_TOKEN_CLAIMS = ["iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "azp", "amr"];

/**
 * The metadata, the same under both well-known names.
 * @see RFC 8414 §2, OpenID Connect Discovery 1.0 §3
 */
export function serverMetadata(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth2/authorize`,
    token_endpoint: `${issuer}/oauth2/token`,
    jwks_uri: `${issuer}/oauth2/jwks`,
    userinfo_endpoint: `${issuer}/oauth2/userinfo`,
    revocation_endpoint: `${issuer}/oauth2/revoke`,
    introspection_endpoint: `${issuer}/oauth2/introspect`,
    end_session_endpoint: `${issuer}/oauth2/logout`,
    scopes_supported: [...SCOPE_NAMES],
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: [...GRANT_TYPES_SUPPORTED],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    revocation_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    introspection_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    subject_types_supported: ["public"],
    // RS256 first: the OpenID default, which must be listed. @see OpenID Connect Discovery 1.0 §3
    id_token_signing_alg_values_supported: [...ID_TOKEN_SIGNING_ALGS],
    prompt_values_supported: [...PROMPT_VALUES],
    // Exactly what we can issue: the ID token's own claims and those the scopes release.
    claims_supported: [...ID_TOKEN_CLAIMS, ...releasableClaims(SCOPE_NAMES)],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    ui_locales_supported: [...LOCALES],
    authorization_response_iss_parameter_supported: true,
  };
}

export function discoveryRoutes({ config }: Deps): Router {
  const router = Router();
  const metadata = serverMetadata(config.issuer);
  for (const path of ["/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"]) {
    router.get(path, function publishMetadata(_req, res) {
      res.set({ "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" }).json(metadata);
    });
  }
  return router;
}
