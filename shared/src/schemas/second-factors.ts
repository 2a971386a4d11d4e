import { z } from "zod";
import { passwordInputSchema } from "./account.ts";
import { isoTimeSchema } from "./common.ts";
import { passkeyAttemptSchema } from "./passkeys.ts";

/**
 * Second factors (docs/api.md#second-factors): an authenticator app (TOTP, RFC 6238) with its
 * recovery codes, and passkeys (WebAuthn, docs/api.md#passkeys).
 */
export const SECOND_FACTOR_METHODS = ["totp", "recovery_code", "passkey"] as const;
export const secondFactorMethodSchema = z.enum(SECOND_FACTOR_METHODS);
export type SecondFactorMethod = z.infer<typeof secondFactorMethodSchema>;

/** How many recovery codes a confirmed authenticator app comes with; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/** Six digits, as authenticator apps show them (spaces a person types in between are dropped). */
export const totpCodeSchema = z
  .string()
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app"));

/** A recovery code as shown (`xxxxx-xxxxx`, lower-case letters and digits); case and dashes are forgiven. */
export const recoveryCodeSchema = z
  .string()
  .transform((code) => code.replace(/[\s-]+/g, "").toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, "Enter one of your recovery codes"));

/**
 * `POST /api/session` answers this instead of `{ user, portals }` after a right password when the
 * person has a second factor (`second_factor`: the methods they may use), or must set one up first
 * because a portal of theirs requires it (`second_factor_setup: true`). A short-lived pending
 * sign-in cookie then stands for the password step; no session exists yet.
 */
export const secondFactorNeededSchema = z.union([
  z.object({ second_factor: z.array(secondFactorMethodSchema).min(1) }),
  z.object({ second_factor_setup: z.literal(true) }),
]);
export type SecondFactorNeeded = z.infer<typeof secondFactorNeededSchema>;

/** A code typed into the second step: the app's current one, or a recovery code. */
export const codeAttemptSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCodeSchema }),
  z.object({ method: z.literal("recovery_code"), code: recoveryCodeSchema }),
]);
export type CodeAttempt = z.infer<typeof codeAttemptSchema>;

/**
 * `POST /api/session/second-factor`: a code, or a passkey's assertion answering the options of
 * `POST /api/session/second-factor/passkey/options`. `200 { user, portals }`; `401 invalid_code`;
 * `429` when throttled.
 */
export const secondFactorAttemptSchema = z.discriminatedUnion("method", [
  ...codeAttemptSchema.options,
  passkeyAttemptSchema,
]);
export type SecondFactorAttempt = z.infer<typeof secondFactorAttemptSchema>;

/** `GET /api/account/second-factors` (and, during a required set-up, the pending sign-in's view). */
export const secondFactorsSchema = z.object({
  /** The confirmed authenticator app, or null. */
  totp: z.object({ created_at: isoTimeSchema }).nullable(),
  /** Unused recovery codes left. */
  recovery_codes_remaining: z.number().int().min(0),
});
export type SecondFactors = z.infer<typeof secondFactorsSchema>;

/**
 * `POST /api/account/totp` (and `POST /api/session/second-factor/totp` during a required set-up):
 * a new, unconfirmed secret. `otpauth_uri` is what the QR code holds (Key URI Format:
 * `otpauth://totp/Gatehouse:<email>?secret=…&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30`).
 */
export const totpEnrollmentSchema = z.object({
  /** Base32 (RFC 4648), unpadded, for typing into an app by hand. */
  secret: z.string().regex(/^[A-Z2-7]{32}$/),
  otpauth_uri: z.string().startsWith("otpauth://totp/"),
});
export type TotpEnrollment = z.infer<typeof totpEnrollmentSchema>;

/** `POST /api/account/totp/confirm`: the first code proves the app holds the secret. */
export const totpConfirmSchema = z.object({ code: totpCodeSchema });
export type TotpConfirm = z.infer<typeof totpConfirmSchema>;

/** The answer of a confirmation or of new recovery codes: shown once, never again. */
export const recoveryCodesSchema = z.object({
  recovery_codes: z.array(z.string().regex(/^[a-z0-9]{5}-[a-z0-9]{5}$/)).length(RECOVERY_CODE_COUNT),
});
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** `DELETE /api/account/totp` and `POST /api/account/recovery-codes` ask for the password again. */
export const passwordAgainSchema = z.object({ current_password: passwordInputSchema });
export type PasswordAgain = z.infer<typeof passwordAgainSchema>;

/** `GET /api/portal`, `PATCH /api/portal` (owners): the current portal's settings. */
export const portalSettingsSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Everyone on the portal signs in with a second factor; people without one set it up first. */
  require_second_factor: z.boolean(),
});
export type PortalSettings = z.infer<typeof portalSettingsSchema>;
export const portalSettingsUpdateSchema = z.object({ require_second_factor: z.boolean() });
export type PortalSettingsUpdate = z.infer<typeof portalSettingsUpdateSchema>;
