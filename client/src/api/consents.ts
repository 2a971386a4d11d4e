import { type Consent, consentListSchema } from "@gatehouse/shared";
import { http, itemPath, send, sendWithoutAnswer } from "./http.ts";

/** `GET /api/consents`: the apps the signed-in person allowed on the current portal (docs/api.md#consents). */
export function listConsents(): Promise<Consent[]> {
  return send(consentListSchema, () => http.get("api/consents"));
}

/** `DELETE /api/consents/:client_id`: every token of that grant stops working. */
export function revokeConsent(clientId: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete(itemPath("api/consents", clientId)));
}
