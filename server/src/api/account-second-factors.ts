import { passwordAgainSchema, totpConfirmSchema } from "@gatehouse/shared/schemas/second-factors";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { regenerateRecoveryCodes } from "../domain/regenerate-recovery-codes.ts";
import { removeTotp } from "../domain/remove-totp.ts";
import { secondFactorsView } from "../domain/second-factors.ts";
import { confirmOwnTotp, enrolTotp } from "../domain/totp-enrolment.ts";
import { parseWith } from "../http/parse.ts";
import { requestSource } from "./request-origin.ts";
import { requireSignedIn } from "./signed-in.ts";

/** `/api/account/…`: the signed-in person's own second factors (docs/api.md#second-factors). */
export function accountSecondFactorRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/second-factors", async function listSecondFactors(req, res) {
    res.json(await secondFactorsView(deps, (await requireSignedIn(deps, req)).user));
  });

  router.post("/totp", async function startTotp(req, res) {
    res.status(201).json(await enrolTotp(deps, (await requireSignedIn(deps, req)).user));
  });

  router.post("/totp/confirm", async function confirmTotpOnAccount(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { code } = parseWith(totpConfirmSchema, req.body);
    const origin = { address: req.ip ?? "unknown", source: requestSource(req) };
    res.json({ recovery_codes: await confirmOwnTotp(deps, user, code, origin) });
  });

  router.delete("/totp", async function removeOwnTotp(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { current_password } = parseWith(passwordAgainSchema, req.body);
    await removeTotp(deps, user, current_password, requestSource(req));
    res.status(204).end();
  });

  router.post("/recovery-codes", async function replaceRecoveryCodes(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { current_password } = parseWith(passwordAgainSchema, req.body);
    res.json({ recovery_codes: await regenerateRecoveryCodes(deps, user, current_password) });
  });

  return router;
}
