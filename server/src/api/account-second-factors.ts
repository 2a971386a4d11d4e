import { passwordAgainSchema, totpConfirmSchema } from "@gatehouse/shared/schemas/second-factors";
import { type Request, Router } from "express";
import type { Deps } from "../deps.ts";
import { auditSource } from "../domain/audit.ts";
import { regenerateRecoveryCodes } from "../domain/regenerate-recovery-codes.ts";
import { removeTotp } from "../domain/remove-totp.ts";
import { secondFactorsView } from "../domain/second-factors.ts";
import { findSignedIn, type SignedIn } from "../domain/sessions.ts";
import { confirmTotp, enrolTotp } from "../domain/totp-enrolment.ts";
import { unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";

/** `/api/account/…`: the signed-in person's own second factors (docs/api.md#second-factors). */
export function accountSecondFactorRoutes(deps: Deps): Router {
  const router = Router();

  async function signedIn(req: Request): Promise<SignedIn> {
    const found = await findSignedIn(deps, deps.cookies.read(req, "session"));
    if (!found) throw unauthenticated();
    return found;
  }
  const sourceOf = (req: Request) => auditSource(req.ip, req.get("user-agent"));

  router.get("/second-factors", async function listSecondFactors(req, res) {
    res.json(await secondFactorsView(deps, (await signedIn(req)).user));
  });

  router.post("/totp", async function startTotp(req, res) {
    res.status(201).json(await enrolTotp(deps, (await signedIn(req)).user));
  });

  router.post("/totp/confirm", async function confirmOwnTotp(req, res) {
    const { user } = await signedIn(req);
    const { code } = parseWith(totpConfirmSchema, req.body);
    res.json({ recovery_codes: await confirmTotp(deps, user, code, sourceOf(req)) });
  });

  router.delete("/totp", async function removeOwnTotp(req, res) {
    const { user } = await signedIn(req);
    const { current_password } = parseWith(passwordAgainSchema, req.body);
    await removeTotp(deps, user, current_password, sourceOf(req));
    res.status(204).end();
  });

  router.post("/recovery-codes", async function replaceRecoveryCodes(req, res) {
    const { user } = await signedIn(req);
    const { current_password } = parseWith(passwordAgainSchema, req.body);
    res.json({ recovery_codes: await regenerateRecoveryCodes(deps, user, current_password) });
  });

  return router;
}
