import { acceptInvitationSchema, tokenBodySchema } from "@gatehouse/shared/schemas/people";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { acceptInvitation, lookUpInvitation } from "../domain/invitations.ts";
import { choosePortal, findSignedIn, publicUser, SESSION_TTL } from "../domain/sessions.ts";
import { startSignedIn } from "../domain/sign-in.ts";
import { unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";
import { requestOrigin } from "./request-origin.ts";

/** `/api/invitations`: the invited person's side; the token travels in bodies only (docs/api.md#people). */
export function invitationRoutes(deps: Deps): Router {
  const { cookies } = deps;
  const router = Router();

  router.post("/lookup", async function lookUp(req, res) {
    const { token } = parseWith(tokenBodySchema, req.body);
    res.json(await lookUpInvitation(deps, token));
  });

  router.post("/accept", async function accept(req, res) {
    const body = parseWith(acceptInvitationSchema, req.body);
    const origin = requestOrigin(req);
    let cookieValue = cookies.read(req, "session");
    const signedIn = "password" in body ? null : await findSignedIn(deps, cookieValue);
    const { user, portal, isNew } = await acceptInvitation(deps, body, signedIn, origin);
    if (isNew) {
      // A new person is signed in at once: they just proved the link and set the password.
      ({ cookieValue } = await startSignedIn(deps, user, { ...origin, joining: cookieValue }));
      cookies.write(res, "session", cookieValue, SESSION_TTL);
    }
    const session = await findSignedIn(deps, cookieValue);
    if (!session) throw unauthenticated();
    res.json({ user: publicUser(await choosePortal(deps, session, portal.id, null)) });
  });

  return router;
}
