import { logoutQuerySchema } from "@gatehouse/shared";
import { Router } from "express";
import { compactVerify, decodeProtectedHeader } from "jose";
import type { Deps } from "../deps.ts";
import { SIGNING_ALG } from "../domain/keys.ts";
import { endSession } from "../domain/sessions.ts";
import { collectParameters, type ParameterSource } from "../http/params.ts";

/** The `aud` of an ID token we signed (expired ones too: a hint may be old), or null. */
async function idTokenAudience(deps: Deps, idToken: string): Promise<string | null> {
  try {
    const { kid } = decodeProtectedHeader(idToken);
    const key = kid ? await deps.keys.verificationKey(kid) : null;
    if (!key) return null;
    const { payload } = await compactVerify(idToken, key, { algorithms: [SIGNING_ALG] });
    const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (typeof claims !== "object" || claims === null || !("iss" in claims) || !("aud" in claims))
      return null;
    if (claims.iss !== deps.config.issuer || typeof claims.aud !== "string") return null;
    return claims.aud;
  } catch {
    return null; // not a token we signed: the caller does not redirect
  }
}

/**
 * `GET /oauth2/logout`: ends the session, then returns to the app only when
 * `post_logout_redirect_uri` exactly matches one of its redirect URIs or its website URL;
 * otherwise, or with a bad `id_token_hint`, stays here on the signed-out page.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2 and §3
 */
export function logoutRoutes(deps: Deps): Router {
  const { config, cookies, store } = deps;
  const router = Router();

  async function returnUrl(query: ParameterSource): Promise<string | null> {
    // A repeated or oversized parameter is no request to return: stay here. @see RFC 6749 §3.1
    const { values, refusal } = collectParameters(query);
    if (refusal !== null) return null;
    const parsed = logoutQuerySchema.safeParse(values);
    if (!parsed.success) return null;
    const { id_token_hint, post_logout_redirect_uri, state, client_id } = parsed.data;
    if (!post_logout_redirect_uri) return null;
    const audience = id_token_hint ? await idTokenAudience(deps, id_token_hint) : null;
    if (id_token_hint && !audience) return null;
    if (audience && client_id && audience !== client_id) return null;
    const clientId = audience ?? client_id;
    const client = clientId ? await store.clients.get(clientId) : null;
    if (!client?.enabled) return null;
    const registered = [...client.redirect_uris, client.website_url];
    if (!registered.includes(post_logout_redirect_uri)) return null;
    const url = new URL(post_logout_redirect_uri);
    if (state) url.searchParams.set("state", state);
    return url.href;
  }

  router.get("/", async function logout(req, res) {
    await endSession(deps, cookies.read(req, "session"));
    cookies.clear(res, "session");
    const target = await returnUrl(req.query);
    res.redirect(303, target ?? new URL("/signed-out", config.issuer).href);
  });
  return router;
}
