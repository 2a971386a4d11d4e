import { choosePortalSchema, credentialsSchema } from "@gatehouse/shared";
import type { SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditSource } from "../domain/audit.ts";
import { dropPendingSignIn, PENDING_SIGN_IN_TTL } from "../domain/pending-sign-ins.ts";
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
    const outcome = await signIn(deps, {
      email,
      password,
      address: req.ip ?? "unknown",
      source: auditSource(req.ip, req.get("user-agent")),
      replacing: cookies.read(req, "session"),
      userAgent: req.get("user-agent") ?? null,
      pending: cookies.read(req, "pending_sign_in"),
    });
    if (outcome.kind === "signed_in") {
      const { cookieValue, signedIn } = outcome;
      cookies.clear(res, "pending_sign_in");
      cookies.write(res, "session", cookieValue, SESSION_TTL);
      res.json({ user: publicUser(signedIn), portals: signedIn.portals });
      return;
    }
    // A second factor comes between the password and the session (docs/api.md#second-factors).
    cookies.write(res, "pending_sign_in", outcome.pendingValue, PENDING_SIGN_IN_TTL);
    const answer: SecondFactorNeeded =
      outcome.kind === "second_factor" ? { second_factor: outcome.methods } : { second_factor_setup: true };
    res.json(answer);
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
    await dropPendingSignIn(deps, cookies.read(req, "pending_sign_in"));
    cookies.clear(res, "session");
    cookies.clear(res, "pending_sign_in");
    res.status(204).end();
  });

  return router;
}
