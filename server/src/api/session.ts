import { choosePortalSchema, credentialsSchema } from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { epochSeconds } from "../domain/clock.ts";
import { verifyPassword } from "../domain/secrets.ts";
import { endSession, findSignedIn, publicUser, SESSION_TTL, startSession } from "../domain/sessions.ts";
import { invalidCredentials, invalidRequest, tooManyRequests, unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";

/** `/api/session`: sign in, choose a portal, sign out (contract §6). */
export function sessionRoutes(deps: Deps): Router {
  const { cookies, store } = deps;
  const { account, address } = deps.throttles.signIn;
  const router = Router();

  router.get("/", async function showSession(req, res) {
    const signedIn = await findSignedIn(deps, cookies.read(req, "session"));
    if (!signedIn) throw unauthenticated();
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  router.post("/", async function signIn(req, res) {
    const { email, password } = parseWith(credentialsSchema, req.body);
    const accountKey = `sign-in:${email}`;
    const addressKey = `sign-in-from:${req.ip ?? "unknown"}`;
    const wait = Math.max(await account.retryAfter(accountKey), await address.retryAfter(addressKey));
    if (wait > 0) throw tooManyRequests(wait);
    const user = await store.users.findByEmail(email);
    const valid = await verifyPassword(password, user?.password_hash ?? null);
    if (!user || !valid) {
      await Promise.all([account.fail(accountKey), address.fail(addressKey)]);
      throw invalidCredentials();
    }
    await account.reset(accountKey);
    await endSession(deps, cookies.read(req, "session"));
    const { cookieValue } = await startSession(deps, user);
    cookies.write(res, "session", cookieValue, SESSION_TTL);
    const signedIn = await findSignedIn(deps, cookieValue);
    if (!signedIn) throw unauthenticated("the new session could not be read back");
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
