import {
  choosePortalSchema,
  credentialsSchema,
  type SessionAnswer,
  signOutQuerySchema,
} from "@gatehouse/shared";
import type { SecondFactorNeeded } from "@gatehouse/shared/schemas/second-factors";
import { type Request, type Response, Router } from "express";
import type { Deps } from "../deps.ts";
import {
  accountsCookie,
  activateAccount,
  type BrowserAccount,
  findAccounts,
} from "../domain/browser-accounts.ts";
import { recordInteractionChoice } from "../domain/interaction-accounts.ts";
import { dropPendingSignIn, PENDING_SIGN_IN_TTL } from "../domain/pending-sign-ins.ts";
import { choosePortal, publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { signIn } from "../domain/sign-in.ts";
import { signOut, signOutSession } from "../domain/sign-out.ts";
import { unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";
import { loadInteraction } from "./interaction-access.ts";
import { requestSource } from "./request-origin.ts";

/** `/api/session`: sign in, choose an account and portal, sign out (docs/api.md#session, docs/api.md#several-accounts). */
export function sessionRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  /** The browser's live accounts, active first. */
  const liveAccounts = (req: Request) => findAccounts(deps, cookies.read(req, "session"));

  /**
   * Writes the cookie for `accounts` when it differs from the one the browser brought (ended ids
   * dropped silently). Never to none: a cookie whose ids all died may be one read just before a
   * sign-in in another tab renamed them, and clearing it would lose that tab's new cookie.
   */
  function writeAccounts(req: Request, res: Response, accounts: readonly BrowserAccount[]) {
    const brought = cookies.read(req, "session");
    const value = accountsCookie(accounts);
    if (brought === undefined || accounts.length === 0 || value === brought) return;
    cookies.write(res, "session", value, SESSION_TTL);
  }

  router.get("/", async function showSession(req, res) {
    const accounts = await liveAccounts(req);
    writeAccounts(req, res, accounts);
    const active = accounts[0];
    if (!active) throw unauthenticated();
    const answer: SessionAnswer = {
      user: publicUser(active),
      portals: active.portals,
      accounts: accounts.map((account) => ({
        user_id: account.user.id,
        email: account.user.email,
        display_name: account.user.display_name,
        portals: account.portals.map(({ id, name }) => ({ id, name })),
        active: account === active,
      })),
    };
    res.json(answer);
  });

  router.post("/", async function signInWithPassword(req, res) {
    const { email, password } = parseWith(credentialsSchema, req.body);
    const outcome = await signIn(deps, {
      email,
      password,
      address: req.ip ?? "unknown",
      source: requestSource(req),
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
    const { portal_id, account, interaction_id } = parseWith(choosePortalSchema, req.body);
    // For a sign-in request, the portal must be one where its app may be used (docs/api.md#portals-of-an-app).
    const loaded = interaction_id === undefined ? null : await loadInteraction(deps, req, interaction_id);
    const accounts = await liveAccounts(req);
    // Another account than the browser's own is as unknown as a missing one: 401 either way.
    const ordered = account === undefined ? accounts : activateAccount(accounts, account);
    const active = ordered?.[0];
    if (!ordered || !active) throw unauthenticated();
    const chosen = await choosePortal(deps, active, portal_id, loaded?.client ?? null);
    if (loaded) await recordInteractionChoice(deps, loaded.interaction, active.user.id, portal_id);
    writeAccounts(req, res, ordered);
    res.json({ user: publicUser(chosen) });
  });

  router.delete("/", async function deleteSession(req, res) {
    const { account } = parseWith(signOutQuerySchema, req.query);
    const source = requestSource(req);
    if (account !== undefined) {
      // One account signed out; the next one becomes active (docs/api.md#several-accounts).
      const accounts = await liveAccounts(req);
      const leaving = accounts.find((candidate) => candidate.user.id === account);
      if (leaving) await signOutSession(deps, leaving.sessionId, source);
      const staying = accounts.filter((candidate) => candidate !== leaving);
      if (leaving && staying.length === 0) cookies.clear(res, "session");
      else writeAccounts(req, res, staying);
      res.status(204).end();
      return;
    }
    await signOut(deps, cookies.read(req, "session"), source);
    await dropPendingSignIn(deps, cookies.read(req, "pending_sign_in"));
    cookies.clear(res, "session");
    cookies.clear(res, "pending_sign_in");
    res.status(204).end();
  });

  return router;
}
