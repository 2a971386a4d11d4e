/**
 * Authentication Method Reference values a sign-in records on its session and ID tokens carry as `amr`
 * (docs/api.md#id-tokens). A second factor adds `otp` (TOTP or a recovery code) or `hwk`/`swk` (a passkey
 * held in hardware or software), and with it `mfa`.
 * @see RFC 8176 §2
 */
export type AuthenticationMethod = "pwd" | "otp" | "hwk" | "swk" | "mfa";

/** A sign-in by password alone. */
export const PASSWORD_ONLY: readonly AuthenticationMethod[] = ["pwd"];

/** The methods after a second factor `method` was passed: both factors, and `mfa`. @see RFC 8176 §2 (mfa) */
export function withSecondFactor(
  methods: readonly AuthenticationMethod[],
  method: Exclude<AuthenticationMethod, "pwd" | "mfa">,
): AuthenticationMethod[] {
  return [...new Set<AuthenticationMethod>([...methods, method, "mfa"])];
}
