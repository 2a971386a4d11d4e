import { z } from "zod";
import { passwordInputSchema } from "./account.ts";
import { isoTimeSchema, nameSchema } from "./common.ts";

/**
 * Passkeys (docs/api.md#passkeys): WebAuthn credentials a person registers on their account, to
 * sign in without a password or to pass the second-factor step. The wire shapes of the ceremonies
 * are WebAuthn's JSON forms, bounded here before any of it is decoded.
 * @see W3C WebAuthn Level 3 §5.1.8 (toJSON), §5.4 (creation options), §5.5 (request options)
 */

/** Unpadded base64url, as every binary field of the JSON forms travels. */
const base64url = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "not base64url")
    .max(max);

/** A credential ID: at most 1023 bytes (WebAuthn §4, "Credential ID"), so at most 1364 characters. */
const credentialIdSchema = base64url(1364);

export const AUTHENTICATOR_TRANSPORTS = [
  "ble",
  "cable",
  "hybrid",
  "internal",
  "nfc",
  "smart-card",
  "usb",
] as const;
/** Transports a browser may report; one we do not know yet is dropped, not refused. */
const transportsSchema = z
  .array(z.string().max(32))
  .max(16)
  .transform((transports) =>
    transports.filter((each): each is (typeof AUTHENTICATOR_TRANSPORTS)[number] =>
      AUTHENTICATOR_TRANSPORTS.some((known) => known === each),
    ),
  );

const descriptorSchema = z.object({
  id: credentialIdSchema,
  type: z.literal("public-key"),
  transports: transportsSchema.optional(),
});

/** The extensions' outputs we read (none decides anything); others are dropped. */
const clientExtensionResultsSchema = z.object({
  credProps: z.object({ rk: z.boolean().optional() }).optional(),
});

const attachmentSchema = z.enum(["platform", "cross-platform"]).optional();

/** What both ceremonies answer around their own `response` (WebAuthn §5.1, PublicKeyCredential). */
const credentialSchema = z.object({
  id: credentialIdSchema,
  rawId: credentialIdSchema,
  type: z.literal("public-key"),
  authenticatorAttachment: attachmentSchema,
  clientExtensionResults: clientExtensionResultsSchema,
});

/** `navigator.credentials.create()`'s answer as JSON (RegistrationResponseJSON). */
export const registrationResponseSchema = credentialSchema.extend({
  response: z.object({
    clientDataJSON: base64url(4096),
    // Attestation statements may carry certificate chains.
    attestationObject: base64url(65_536),
    authenticatorData: base64url(65_536).optional(),
    transports: transportsSchema.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;

/** `navigator.credentials.get()`'s answer as JSON (AuthenticationResponseJSON). */
export const authenticationResponseSchema = credentialSchema.extend({
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(65_536),
    signature: base64url(1024),
    userHandle: base64url(128).optional(),
  }),
});
export type AuthenticationResponse = z.infer<typeof authenticationResponseSchema>;

/** `POST /api/account/passkeys/options`: what the browser's `navigator.credentials.create()` takes. */
export const registrationOptionsSchema = z.object({
  challenge: base64url(128),
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: base64url(128), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ type: z.literal("public-key"), alg: z.number().int() })),
  timeout: z.number().int().optional(),
  excludeCredentials: z.array(descriptorSchema).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: attachmentSchema,
      residentKey: z.enum(["discouraged", "preferred", "required"]).optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: z.enum(["discouraged", "preferred", "required"]).optional(),
    })
    .optional(),
  attestation: z.enum(["none", "indirect", "direct", "enterprise"]).optional(),
});
export type RegistrationOptions = z.infer<typeof registrationOptionsSchema>;

/** `POST /api/session/passkey/options`: what the browser's `navigator.credentials.get()` takes. */
export const authenticationOptionsSchema = z.object({
  challenge: base64url(128),
  rpId: z.string().optional(),
  timeout: z.number().int().optional(),
  allowCredentials: z.array(descriptorSchema).optional(),
  userVerification: z.enum(["discouraged", "preferred", "required"]).optional(),
});
export type AuthenticationOptions = z.infer<typeof authenticationOptionsSchema>;

/** A passkey's name, as its owner gives it ("Laptop"). */
export const passkeyNameSchema = nameSchema("passkey name", 64);

/** One passkey as `GET /api/account/passkeys` lists it. */
export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: isoTimeSchema,
  last_used_at: isoTimeSchema.nullable(),
});
export type Passkey = z.infer<typeof passkeySchema>;
export const passkeyListSchema = z.array(passkeySchema);

/** `POST /api/account/passkeys`: the name, and the browser's answer to the registration options. */
export const passkeyCreateSchema = z.object({
  name: passkeyNameSchema,
  response: registrationResponseSchema,
});
export type PasskeyCreate = z.infer<typeof passkeyCreateSchema>;

/** `PATCH /api/account/passkeys/:id`. */
export const passkeyRenameSchema = z.object({ name: passkeyNameSchema });
export type PasskeyRename = z.infer<typeof passkeyRenameSchema>;

/** `DELETE /api/account/passkeys/:id` asks for the password again. */
export const passkeyRemoveSchema = z.object({ current_password: passwordInputSchema });
export type PasskeyRemove = z.infer<typeof passkeyRemoveSchema>;

/** `POST /api/session/passkey`: a sign-in with a passkey alone. */
export const passkeySignInSchema = z.object({ response: authenticationResponseSchema });
export type PasskeySignIn = z.infer<typeof passkeySignInSchema>;

/** The passkey branch of `POST /api/session/second-factor` (joins `secondFactorAttemptSchema`'s union). */
export const passkeyAttemptSchema = z.object({
  method: z.literal("passkey"),
  response: authenticationResponseSchema,
});
export type PasskeyAttempt = z.infer<typeof passkeyAttemptSchema>;
