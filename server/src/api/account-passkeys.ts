import {
  passkeyCreateSchema,
  passkeyRemoveSchema,
  passkeyRenameSchema,
} from "@gatehouse/shared/schemas/passkeys";
import { Router } from "express";
import { z } from "zod";
import type { Deps } from "../deps.ts";
import { passkeyRegistrationOptions, registerPasskey } from "../domain/passkey-registration.ts";
import { listPasskeys, removePasskey, renamePasskey } from "../domain/passkeys.ts";
import { throttleChallenges } from "../domain/webauthn-challenges.ts";
import { parseParameters } from "../http/params.ts";
import { parseWith } from "../http/parse.ts";
import { requestSource } from "./request-origin.ts";
import { requireSignedIn } from "./signed-in.ts";

const passkeyPathSchema = z.object({ id: z.string().min(1).max(64) });

/**
 * `/api/account/passkeys`: a signed-in person's own passkeys, and only theirs: another person's
 * passkey id is answered as unknown (docs/api.md#passkeys).
 */
export function accountPasskeyRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/", async function listOwnPasskeys(req, res) {
    res.json(await listPasskeys(deps, (await requireSignedIn(deps, req)).user));
  });

  router.post("/options", async function startPasskeyRegistration(req, res) {
    const who = await requireSignedIn(deps, req);
    res.json(
      await throttleChallenges(deps, req.ip ?? "unknown", () => passkeyRegistrationOptions(deps, who)),
    );
  });

  router.post("/", async function addPasskey(req, res) {
    const who = await requireSignedIn(deps, req);
    const body = parseWith(passkeyCreateSchema, req.body);
    res.status(201).json(await registerPasskey(deps, who, body, requestSource(req)));
  });

  router.patch("/:id", async function renameOwnPasskey(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { id } = parseParameters(passkeyPathSchema, req.params);
    const { name } = parseWith(passkeyRenameSchema, req.body);
    res.json(await renamePasskey(deps, user, id, name));
  });

  router.delete("/:id", async function removeOwnPasskey(req, res) {
    const { user } = await requireSignedIn(deps, req);
    const { id } = parseParameters(passkeyPathSchema, req.params);
    const { current_password } = parseWith(passkeyRemoveSchema, req.body);
    await removePasskey(deps, user, id, current_password, requestSource(req));
    res.status(204).end();
  });

  return router;
}
