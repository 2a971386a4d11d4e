import { choosePortalSchema, credentialsSchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditSource } from "../domain/audit.ts";
import { choosePortal, findSignedIn, publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { signIn } from "../domain/sign-in.ts";
import { signOut } from "../domain/sign-out.ts";
import { unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";
import { loadInteraction } from "./interaction-access.ts";

/** `/api/session`: sign in, choose a portal, sign out (docs/api.md#session). */
export function sessionRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  router.get("/", async function showSession(req, res) {
    const signedIn = await findSignedIn(deps, cookies.read(req, "session"));
    if (!signedIn) throw unauthenticated();
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  router.post("/", async function signInWithPassword(req, res) {
    const { email, password } = parseWith(credentialsSchema, req.body);
    const { cookieValue, signedIn } = await signIn(deps, {
      email,
      password,
      address: req.ip ?? "unknown",
      source: auditSource(req.ip, req.get("user-agent")),
      replacing: cookies.read(req, "session"),
      userAgent: req.get("user-agent") ?? null,
    });
    cookies.write(res, "session", cookieValue, SESSION_TTL);
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  router.post("/portal", async function selectPortal(req, res) {
    const { portal_id, interaction_id } = parseWith(choosePortalSchema, req.body);
    // For a sign-in request, the portal must be one where its app may be used (docs/api.md#portals-of-an-app).
    const forClient =
      interaction_id === undefined ? null : (await loadInteraction(deps, req, interaction_id)).client;
    const signedIn = await findSignedIn(deps, cookies.read(req, "session"));
    if (!signedIn) throw unauthenticated();
    const chosen = await choosePortal(deps, signedIn, portal_id, forClient);
    res.json({ user: publicUser(chosen) });
  });

  router.delete("/", async function deleteSession(req, res) {
    await signOut(deps, cookies.read(req, "session"), auditSource(req.ip, req.get("user-agent")));
    cookies.clear(res, "session");
    res.status(204).end();
  });

  return router;
}
