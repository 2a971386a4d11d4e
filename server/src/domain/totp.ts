import { Secret, TOTP } from "otpauth";

/** How a TOTP code is computed: the algorithm, the code's length and the time step in seconds. @see RFC 6238 §4 */
export interface TotpSettings {
  algorithm: "SHA1" | "SHA256" | "SHA512";
  digits: number;
  period: number;
}

/** What authenticator apps compute by default (Key URI Format): SHA-1, 6 digits, 30 seconds. */
export const TOTP_SETTINGS: TotpSettings = { algorithm: "SHA1", digits: 6, period: 30 };

/** The issuer authenticator apps list the account under. */
const ISSUER = "Gatehouse";

/** Steps of clock drift accepted either side of now. @see RFC 6238 §5.2 (one step back and forth) */
const DRIFT_STEPS = 1;

/** A new shared secret: 20 random bytes (the SHA-1 block's key size, RFC 4226 §4 R6), base32 unpadded. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The TOTP generator of a base32 secret; the one configuration path codes, checks and URIs go through. */
export function totpOf(secret: string, label = "", settings: TotpSettings = TOTP_SETTINGS): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), ...settings });
}

/** The `otpauth://` URI a QR code carries for `email`'s app (Key URI Format). */
export function otpauthUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/**
 * The time step `code` belongs to, within ±1 step of `nowMs`, or null when it matches none. The
 * caller refuses a step not later than the last one used (RFC 6238 §5.2: a code is accepted once).
 */
export function matchTotpStep(totp: TOTP, code: string, nowMs: number): number | null {
  const delta = totp.validate({ token: code, timestamp: nowMs, window: DRIFT_STEPS });
  return delta === null ? null : totp.counter({ timestamp: nowMs }) + delta;
}
