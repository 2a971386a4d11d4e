import { secondFactorAttemptSchema, totpConfirmSchema } from "@gatehouse/shared/schemas/second-factors";
import { type Request, type Response, Router } from "express";
import type { Deps } from "../deps.ts";
import type { SecondStepOrigin } from "../domain/complete-sign-in.ts";
import { beginPasskeySecondFactor } from "../domain/passkey-second-factor.ts";
import { pendingSignInState } from "../domain/pending-sign-ins.ts";
import { publicUser, SESSION_TTL, type SignedIn } from "../domain/sessions.ts";
import { confirmRequiredTotp, startRequiredTotp } from "../domain/set-up-second-factor.ts";
import { verifySecondFactor } from "../domain/verify-second-factor.ts";
import { throttleChallenges } from "../domain/webauthn-challenges.ts";
import { parseWith } from "../http/parse.ts";
import { requestSource } from "./request-origin.ts";

/** `/api/session/second-factor`: the sign-in's second step, and a set-up a portal requires (docs/api.md#second-factors). */
export function sessionSecondFactorRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  const pendingOf = (req: Request) => cookies.read(req, "pending_sign_in");
  const originOf = (req: Request): SecondStepOrigin & { address: string } => ({
    address: req.ip ?? "unknown",
    userAgent: req.get("user-agent") ?? null,
    source: requestSource(req),
    replacing: cookies.read(req, "session"),
  });
  /** The new session's cookie replaces the pending one. */
  const startSession = (res: Response, { cookieValue }: { cookieValue: string }) => {
    cookies.clear(res, "pending_sign_in");
    cookies.write(res, "session", cookieValue, SESSION_TTL);
  };
  const signedInView = (signedIn: SignedIn) => ({ user: publicUser(signedIn), portals: signedIn.portals });

  router.get("/", async function showPendingSignIn(req, res) {
    const state = await pendingSignInState(deps, pendingOf(req));
    res.set("Cache-Control", "no-store").json(state);
  });

  router.post("/passkey/options", async function startPasskeySecondFactor(req, res) {
    const pending = pendingOf(req);
    res.json(
      await throttleChallenges(deps, req.ip ?? "unknown", () => beginPasskeySecondFactor(deps, pending)),
    );
  });

  router.post("/", async function passSecondFactor(req, res) {
    const attempt = parseWith(secondFactorAttemptSchema, req.body);
    const started = await verifySecondFactor(deps, pendingOf(req), attempt, originOf(req));
    startSession(res, started);
    res.json(signedInView(started.signedIn));
  });

  router.post("/totp", async function startTotpSetUp(req, res) {
    const enrolment = await startRequiredTotp(deps, pendingOf(req));
    res.status(201).json(enrolment);
  });

  router.post("/totp/confirm", async function confirmTotpSetUp(req, res) {
    const { code } = parseWith(totpConfirmSchema, req.body);
    const started = await confirmRequiredTotp(deps, pendingOf(req), code, originOf(req));
    startSession(res, started);
    res.json({ ...signedInView(started.signedIn), recovery_codes: started.recoveryCodes });
  });

  return router;
}
