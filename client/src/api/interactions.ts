import {
  type ConsentDecision,
  type Interaction,
  interactionSchema,
  type RedirectAnswer,
  redirectAnswerSchema,
} from "@gatehouse/shared";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** `GET /api/interactions/:id`: where the authorization journey stands (docs/api.md#interactions). */
export function getInteraction(id: string): Promise<Interaction> {
  return send(interactionSchema, () => http.get(`api/interactions/${encodeURIComponent(id)}`));
}

/** `POST /api/interactions/:id/consent`: Allow or Deny; the answer says where the browser goes next. */
export function decideConsent(id: string, body: ConsentDecision): Promise<RedirectAnswer> {
  return send(redirectAnswerSchema, () =>
    http.post(`api/interactions/${encodeURIComponent(id)}/consent`, { json: body }),
  );
}

/**
 * `POST /api/interactions/:id/account` with `{}`: forgets the account and portal chosen for this request, so the
 * chooser of the signed-in accounts shows again; nobody is signed out (docs/api.md#several-accounts).
 */
export function chooseAccountAgain(id: string): Promise<void> {
  return sendWithoutAnswer(() =>
    http.post(`api/interactions/${encodeURIComponent(id)}/account`, { json: {} }),
  );
}
