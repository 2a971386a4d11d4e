import {
  type ConsentDecision,
  type Interaction,
  interactionSchema,
  type RedirectAnswer,
  redirectAnswerSchema,
} from "@gatehouse/shared";
import { http, send } from "./http.ts";

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
