import { choosePortalSchema, credentialsSchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { endSession, findSignedIn, publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { signIn } from "../domain/sign-in.ts";
import { invalidRequest, unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";

/** `/api/session`: sign in, choose a portal, sign out (contract §6). */
export function sessionRoutes(deps: Deps): Router {
  const { cookies, store } = deps;
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
      replacing: cookies.read(req, "session"),
    });
    cookies.write(res, "session", cookieValue, SESSION_TTL);
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  router.post("/portal", async function choosePortal(req, res) {
    const { portal_id } = parseWith(choosePortalSchema, req.body);
    const signedIn = await findSignedIn(deps, cookies.read(req, "session"));
    if (!signedIn) throw unauthenticated();
    if (!signedIn.portals.some((portal) => portal.id === portal_id)) {
      throw invalidRequest("portal_id: not a portal of this account");
    }
    const session = { ...signedIn.session, portal_id, portal_chosen_at: epochSeconds(deps.clock) };
    await store.sessions.update(session);
    res.json({ user: publicUser({ ...signedIn, session, portalId: portal_id }) });
  });

  router.delete("/", async function signOut(req, res) {
    await endSession(deps, cookies.read(req, "session"));
    cookies.clear(res, "session");
    res.status(204).end();
  });

  return router;
}
