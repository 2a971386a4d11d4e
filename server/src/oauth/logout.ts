import { logoutQuerySchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditSource } from "../domain/audit.ts";
import { postLogoutRedirect } from "../domain/logout.ts";
import { signOut } from "../domain/sign-out.ts";
import { collectParameters, type ParameterSource } from "../http/params.ts";

/**
 * `GET /oauth2/logout`: ends the session, then returns to the app where `postLogoutRedirect`
 * allows it; otherwise stays here on the signed-out page.
 * @see OpenID Connect RP-Initiated Logout 1.0 §2 and §3
 */
export function logoutRoutes(deps: Deps): Router {
  const { config, cookies } = deps;
  const router = Router();

  async function returnUrl(query: ParameterSource): Promise<string | null> {
    // A repeated or oversized parameter is no request to return: stay here. @see RFC 6749 §3.1
    const { values, refusal } = collectParameters(query);
    if (refusal !== null) return null;
    const parsed = logoutQuerySchema.safeParse(values);
    return parsed.success ? postLogoutRedirect(deps, parsed.data) : null;
  }

  router.get("/", async function logout(req, res) {
    await signOut(deps, cookies.read(req, "session"), auditSource(req.ip, req.get("user-agent")));
    cookies.clear(res, "session");
    const target = await returnUrl(req.query);
    res.redirect(303, target ?? new URL("/signed-out", config.issuer).href);
  });
  return router;
}
