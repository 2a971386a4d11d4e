import express, { type RequestHandler, Router } from "express";
import type { Deps } from "../deps.ts";
import { userClaims } from "../domain/user-claims.ts";
import { notFound } from "../errors.ts";
import { bearerOf, requireBearer } from "../http/bearer.ts";
import { corsMiddleware } from "../http/cors.ts";

/**
 * `GET|POST /oauth2/userinfo`: `sub` and the claims the token's scopes release, for a token with
 * `openid`; POST may carry the token as a form field instead of the header (docs/api.md#userinfo).
 * @see OpenID Connect Core §5.3, RFC 6750 §2.2
 */
export function userinfoRoutes(deps: Deps): Router {
  const router = Router();
  const userinfo: RequestHandler = async function userinfo(_req, res) {
    const token = bearerOf(res);
    const user = await deps.store.users.get(token.subject);
    if (!user) throw notFound("the user no longer exists");
    res.set("Cache-Control", "no-store").json({ sub: user.id, ...userClaims(user, token.scopes) });
  };
  router.use(corsMiddleware(deps.store, ["GET", "POST"]));
  router.get("/", requireBearer(deps, "openid"), userinfo);
  router.post(
    "/",
    // Only a form body is read for the token; any other body is left unread. @see RFC 6750 §2.2
    express.urlencoded({ extended: false, limit: "8kb", parameterLimit: 20 }),
    requireBearer(deps, "openid", { formBody: true }),
    userinfo,
  );
  return router;
}
