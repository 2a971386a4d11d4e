import { changePasswordSchema, updateAccountSchema } from "@gatehouse/shared/schemas/account";
import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
import { accountView, changePassword, renameAccount } from "../domain/account.ts";
import { endAccountSession, endOtherSessions, listAccountSessions } from "../domain/account-sessions.ts";
import { parseParameters } from "../http/params.ts";
import { parseWith } from "../http/parse.ts";
import { requestOrigin } from "./request-origin.ts";
import { requireSignedIn } from "./signed-in.ts";

const sessionPathSchema = z.object({ id: z.string().min(1).max(64) });

/** `/api/account`: every signed-in person's own account (docs/api.md#your-account). */
export function accountRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/", async function showAccount(req, res) {
    res.json(accountView((await requireSignedIn(deps, req)).user));
  });

  router.patch("/", async function changeAccount(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { display_name } = parseWith(updateAccountSchema, req.body);
    res.json(await renameAccount(deps, user, display_name));
  });

  router.post("/password", async function changeOwnPassword(req, res) {
    const who = await requireSignedIn(deps, req);
    await changePassword(deps, who, parseWith(changePasswordSchema, req.body), requestOrigin(req));
    res.status(204).end();
  });

  router.get("/sessions", async function listSessions(req, res) {
    res.json(await listAccountSessions(deps, await requireSignedIn(deps, req)));
  });

  router.delete("/sessions/:id", async function signOutSession(req, res) {
    const who = await requireSignedIn(deps, req);
    await endAccountSession(deps, who, parseParameters(sessionPathSchema, req.params).id);
    res.status(204).end();
  });

  router.delete("/sessions", async function signOutOthers(req, res) {
    await endOtherSessions(deps, await requireSignedIn(deps, req));
    res.status(204).end();
  });

  return router;
}
