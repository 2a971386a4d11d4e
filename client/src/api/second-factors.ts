import { type SessionAnswer, sessionAnswerSchema } from "@gatehouse/shared";
import {
  type PasswordAgain,
  type RecoveryCodes,
  recoveryCodesSchema,
  type SecondFactorAttempt,
  type SecondFactorNeeded,
  type SecondFactors,
  secondFactorNeededSchema,
  secondFactorsSchema,
  type TotpConfirm,
  type TotpEnrollment,
  totpEnrollmentSchema,
} from "@gatehouse/shared/schemas/second-factors";
import type { z } from "zod";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** A required set-up's confirmation signs in and hands over the recovery codes at once (docs/api.md#second-factors). */
const setupDoneSchema = sessionAnswerSchema.extend(recoveryCodesSchema.shape);
export type SetupDone = z.infer<typeof setupDoneSchema>;

/** `POST /api/session/second-factor`: 401 `invalid_code`, 401 `unauthenticated` once the pending sign-in is gone, 429. */
export function verifySecondFactor(body: SecondFactorAttempt): Promise<SessionAnswer> {
  return send(sessionAnswerSchema, () => http.post("api/session/second-factor", { json: body }));
}

/** `GET /api/session/second-factor`: what the pending sign-in waits for (a page reloaded mid-sign-in); 401 without one. */
export function pendingSecondFactor(): Promise<SecondFactorNeeded> {
  return send(secondFactorNeededSchema, () => http.get("api/session/second-factor"));
}

/** `POST /api/session/second-factor/totp`: a secret for a person whose portal requires a second factor. */
export function startRequiredTotp(): Promise<TotpEnrollment> {
  return send(totpEnrollmentSchema, () => http.post("api/session/second-factor/totp"));
}

/** `POST /api/session/second-factor/totp/confirm`: the first code signs the person in. */
export function confirmRequiredTotp(body: TotpConfirm): Promise<SetupDone> {
  return send(setupDoneSchema, () => http.post("api/session/second-factor/totp/confirm", { json: body }));
}

/** `GET /api/account/second-factors` */
export function getSecondFactors(): Promise<SecondFactors> {
  return send(secondFactorsSchema, () => http.get("api/account/second-factors"));
}

/** `POST /api/account/totp`: a new unconfirmed secret; 409 `conflict` while an app is confirmed. */
export function startTotp(): Promise<TotpEnrollment> {
  return send(totpEnrollmentSchema, () => http.post("api/account/totp"));
}

/** `POST /api/account/totp/confirm`: 401 `invalid_code`; the recovery codes are answered this once. */
export function confirmTotp(body: TotpConfirm): Promise<RecoveryCodes> {
  return send(recoveryCodesSchema, () => http.post("api/account/totp/confirm", { json: body }));
}

/** `DELETE /api/account/totp`: 401 `invalid_credentials` for a wrong password. */
export function removeTotp(body: PasswordAgain): Promise<void> {
  return sendWithoutAnswer(() => http.delete("api/account/totp", { json: body }));
}

/** `POST /api/account/recovery-codes`: 10 new codes, the old ones void. */
export function renewRecoveryCodes(body: PasswordAgain): Promise<RecoveryCodes> {
  return send(recoveryCodesSchema, () => http.post("api/account/recovery-codes", { json: body }));
}
