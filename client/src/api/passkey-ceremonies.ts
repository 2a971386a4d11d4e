import {
  type AuthenticationResponse,
  authenticationResponseSchema,
  type RegistrationResponse,
  registrationResponseSchema,
} from "@gatehouse/shared/schemas/passkeys";
import { startAuthentication, startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import { passkeyRegistrationOptions, passkeySignInOptions, secondFactorPasskeyOptions } from "./passkeys.ts";

/** The person closed the browser's passkey dialog, or it timed out: nothing to report as a failure. */
export const isCancelled = (error: unknown): boolean =>
  (error instanceof WebAuthnError && error.code === "ERROR_CEREMONY_ABORTED") ||
  (error instanceof Error && error.name === "NotAllowedError") ||
  (error instanceof WebAuthnError && error.cause instanceof Error && error.cause.name === "NotAllowedError");

/** Asks the server for registration options and the browser for a new passkey (W3C WebAuthn §5.1.3). */
export async function createPasskey(): Promise<RegistrationResponse> {
  const optionsJSON = await passkeyRegistrationOptions();
  return registrationResponseSchema.parse(await startRegistration({ optionsJSON }));
}

/**
 * Asks the server for sign-in options and the browser for an assertion by any passkey of ours;
 * `autofill`: as the email field's suggestion (conditional mediation) instead of a dialog.
 * @see W3C WebAuthn Level 3 §5.1.4.1 (conditional mediation)
 */
export async function getPasskeyAssertion(autofill = false): Promise<AuthenticationResponse> {
  const optionsJSON = await passkeySignInOptions();
  return authenticationResponseSchema.parse(
    await startAuthentication({ optionsJSON, useBrowserAutofill: autofill }),
  );
}

/** The second step by passkey: the options of the pending sign-in, then the browser's passkey dialog. */
export async function getSecondFactorAssertion(): Promise<AuthenticationResponse> {
  const optionsJSON = await secondFactorPasskeyOptions();
  return authenticationResponseSchema.parse(await startAuthentication({ optionsJSON }));
}
