import { sessionAnswerSchema } from "@gatehouse/shared";
import {
  passwordAgainSchema,
  recoveryCodesSchema,
  secondFactorAttemptSchema,
  secondFactorNeededSchema,
  secondFactorsSchema,
  totpConfirmSchema,
  totpEnrollmentSchema,
} from "@gatehouse/shared/schemas/second-factors";
import type { z } from "zod";
import { endpoint } from "./endpoint.ts";

/** A required set-up's confirmation signs in and hands over the recovery codes at once (docs/api.md#second-factors). */
const setupDoneSchema = sessionAnswerSchema.extend(recoveryCodesSchema.shape);
export type SetupDone = z.infer<typeof setupDoneSchema>;

/** `POST /api/session/second-factor`: 401 `invalid_code`, 401 `unauthenticated` once the pending sign-in is gone, 429. */
export const verifySecondFactor = endpoint("post", "api/session/second-factor", {
  body: secondFactorAttemptSchema,
  answer: sessionAnswerSchema,
});

/** `GET /api/session/second-factor`: what the pending sign-in waits for (a page reloaded mid-sign-in); 401 without one. */
export const pendingSecondFactor = endpoint("get", "api/session/second-factor", {
  answer: secondFactorNeededSchema,
});

/** `POST /api/session/second-factor/totp`: a secret for a person whose portal requires a second factor. */
export const startRequiredTotp = endpoint("post", "api/session/second-factor/totp", {
  answer: totpEnrollmentSchema,
});

/** `POST /api/session/second-factor/totp/confirm`: the first code signs the person in. */
export const confirmRequiredTotp = endpoint("post", "api/session/second-factor/totp/confirm", {
  body: totpConfirmSchema,
  answer: setupDoneSchema,
});

/** `GET /api/account/second-factors` */
export const getSecondFactors = endpoint("get", "api/account/second-factors", {
  answer: secondFactorsSchema,
});

/** `POST /api/account/totp`: a new unconfirmed secret; 409 `conflict` while an app is confirmed. */
export const startTotp = endpoint("post", "api/account/totp", { answer: totpEnrollmentSchema });

/** `POST /api/account/totp/confirm`: 401 `invalid_code`; the recovery codes are answered this once. */
export const confirmTotp = endpoint("post", "api/account/totp/confirm", {
  body: totpConfirmSchema,
  answer: recoveryCodesSchema,
});

/** `DELETE /api/account/totp`: 401 `invalid_credentials` for a wrong password. */
export const removeTotp = endpoint("delete", "api/account/totp", { body: passwordAgainSchema });

/** `POST /api/account/recovery-codes`: 10 new codes, the old ones void. */
export const renewRecoveryCodes = endpoint("post", "api/account/recovery-codes", {
  body: passwordAgainSchema,
  answer: recoveryCodesSchema,
});
