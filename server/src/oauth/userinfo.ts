import { type RequestHandler, Router } from "express";
import type { Deps } from "../deps.ts";
import { notFound } from "../errors.ts";
import { bearerOf, requireBearer } from "../http/bearer.ts";
import { corsMiddleware } from "../http/cors.ts";

/** `GET|POST /oauth2/userinfo`: the person's claims, for a token with `openid`. @see OpenID Connect Core §5.3 */
export function userinfoRoutes(deps: Deps): Router {
  const router = Router();
  const userinfo: RequestHandler = async function userinfo(_req, res) {
    const token = bearerOf(res);
    const user = await deps.store.users.get(token.subject);
    if (!user) throw notFound("the user no longer exists");
    res.set("Cache-Control", "no-store").json({
      sub: user.id,
      name: user.display_name,
      email: user.email,
      email_verified: true,
    });
  };
  router.use(corsMiddleware(deps.store, ["GET", "POST"]));
  router.get("/", requireBearer(deps, "openid"), userinfo);
  router.post("/", requireBearer(deps, "openid"), userinfo);
  return router;
}
