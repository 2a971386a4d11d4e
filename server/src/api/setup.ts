import { setupSchema, tokenBodySchema } from "@gatehouse/shared/schemas/people";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { completeSetup, lookUpSetup } from "../domain/setup.ts";
import { startSignedIn } from "../domain/sign-in.ts";
import { parseWith } from "../http/parse.ts";
import { requestOrigin } from "./request-origin.ts";

/** `/api/setup`: the first portal and owner, with the link the first start logged (docs/api.md#setup). */
export function setupRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  router.post("/lookup", async function lookUp(req, res) {
    await lookUpSetup(deps, parseWith(tokenBodySchema, req.body).token);
    res.json({});
  });

  router.post("/", async function setUp(req, res) {
    const owner = await completeSetup(deps, parseWith(setupSchema, req.body));
    const { cookieValue, signedIn } = await startSignedIn(deps, owner, {
      ...requestOrigin(req),
      joining: cookies.read(req, "session"),
    });
    cookies.write(res, "session", cookieValue, SESSION_TTL);
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  return router;
}
