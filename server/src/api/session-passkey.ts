import { passkeySignInSchema } from "@gatehouse/shared/schemas/passkeys";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { beginPasskeySignIn, signInWithPasskey } from "../domain/passkey-sign-in.ts";
import { publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { CHALLENGE_TTL, throttleChallenges } from "../domain/webauthn-challenges.ts";
import { parseWith } from "../http/parse.ts";
import { requestSource } from "./request-origin.ts";

/** `/api/session/passkey`: anyone may try to sign in with a passkey alone (docs/api.md#passkeys). */
export function passkeySessionRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  router.post("/options", async function startPasskeySignIn(req, res) {
    const { attempt, options } = await throttleChallenges(deps, req.ip ?? "unknown", () =>
      beginPasskeySignIn(deps),
    );
    cookies.write(res, "passkey", attempt, CHALLENGE_TTL);
    res.json(options);
  });

  router.post("/", async function signInWithOwnPasskey(req, res) {
    const { response } = parseWith(passkeySignInSchema, req.body);
    // The attempt's cookie goes with its challenge, whatever the outcome: one try per options.
    cookies.clear(res, "passkey");
    const { cookieValue, signedIn } = await signInWithPasskey(deps, {
      response,
      attempt: cookies.read(req, "passkey"),
      address: req.ip ?? "unknown",
      source: requestSource(req),
      replacing: cookies.read(req, "session"),
      userAgent: req.get("user-agent") ?? null,
    });
    cookies.write(res, "session", cookieValue, SESSION_TTL);
    res.json({ user: publicUser(signedIn), portals: signedIn.portals });
  });

  return router;
}
