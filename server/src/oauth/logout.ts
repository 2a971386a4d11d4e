import { logoutQuerySchema } from "@gatehouse/shared";
import { Router } from "express";
import type { z } from "zod";
import type { Deps } from "../deps.ts";
import { auditSource } from "../domain/audit.ts";
import { signOutForLogout } from "../domain/browser-accounts.ts";
import { readIdTokenHint } from "../domain/id-token-hint.ts";
import { postLogoutRedirect } from "../domain/logout.ts";
import { SESSION_TTL } from "../domain/sessions.ts";
import { collectParameters, type ParameterSource } from "../http/params.ts";

/**
 * `GET /oauth2/logout`: ends the session (only the hinted account's when several are signed in,
 * docs/api.md#several-accounts), then returns to the app where `postLogoutRedirect` allows it;
 * otherwise stays here on the signed-out page.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2 and §3
 */
export function logoutRoutes(deps: Deps): Router {
  const { config, cookies } = deps;
  const router = Router();

  /** The query, or null: a repeated or oversized parameter is no request to return. @see RFC 6749 §3.1 */
  function logoutQuery(query: ParameterSource): z.output<typeof logoutQuerySchema> | null {
    const { values, refusal } = collectParameters(query);
    if (refusal !== null) return null;
    const parsed = logoutQuerySchema.safeParse(values);
    return parsed.success ? parsed.data : null;
  }

  router.get("/", async function logout(req, res) {
    const query = logoutQuery(req.query);
    const hint = query?.id_token_hint ? await readIdTokenHint(deps, query.id_token_hint) : null;
    const source = auditSource(req.ip, req.get("user-agent"));
    const left = await signOutForLogout(deps, cookies.read(req, "session"), hint?.subject ?? null, source);
    if (left === null) cookies.clear(res, "session");
    else cookies.write(res, "session", left, SESSION_TTL);
    const target = query ? await postLogoutRedirect(deps, query) : null;
    res.redirect(303, target ?? new URL("/signed-out", config.issuer).href);
  });
  return router;
}
