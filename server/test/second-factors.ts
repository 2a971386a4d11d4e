import {
  recoveryCodesSchema,
  type TotpEnrollment,
  totpEnrollmentSchema,
} from "@gatehouse/shared/schemas/second-factors";
import { Secret, TOTP } from "otpauth";
import { expect } from "vitest";
import { type Credentials, signedInBrowser, signIn, type TestBrowser } from "./browser.ts";

/** The code an authenticator app shows for `secret` at `timeMs` (SHA-1, 6 digits, 30 s), as a person types it. */
export function codeAt(secret: string, timeMs: number): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: timeMs });
}

/** Seconds to move the clock so the next code belongs to a later step than any used before. */
export const NEXT_STEP = 30;

/** Where a signed-in person sets up an app; a sign-in's required set-up has its own (`/api/session/second-factor/totp`). */
const ACCOUNT_TOTP = "/api/account/totp";

/** `browser` starts setting up an app at `path`: 201 with its secret and otpauth URI. */
export async function startTotp(browser: TestBrowser, path = ACCOUNT_TOTP): Promise<TotpEnrollment> {
  const started = await browser.json(path, "POST");
  expect(started.status).toBe(201);
  return totpEnrollmentSchema.parse(await started.json());
}

/** `browser` confirms the app being set up at `path` with `code`; the answer. */
export const confirmTotpCode = (browser: TestBrowser, code: string, path = ACCOUNT_TOTP) =>
  browser.json(`${path}/confirm`, "POST", { code });

/** An app set up through `/api/account/totp` for the person signed in to `browser`: its secret and recovery codes. */
export async function setUpTotp(
  server: { clock: () => number },
  browser: TestBrowser,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await startTotp(browser);
  const confirmed = await confirmTotpCode(browser, codeAt(secret, server.clock()));
  expect(confirmed.status).toBe(200);
  return { secret, recoveryCodes: recoveryCodesSchema.parse(await confirmed.json()).recovery_codes };
}

/** A person with an app: signed in, app set up, signed out; the secret, codes, and the clock a step later. */
export async function personWithTotp(
  server: { url: string; clock: { (): number; advance(seconds: number): void } },
  person: Credentials,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const browser = await signedInBrowser(server, person);
  const app = await setUpTotp(server, browser);
  server.clock.advance(NEXT_STEP);
  return app;
}

/** `browser` passes the password step: 200 with the methods to choose from, and a pending sign-in cookie. */
export async function passPassword(browser: TestBrowser, person: Credentials): Promise<unknown> {
  const response = await signIn(browser, person.email, person.password);
  expect(response.status).toBe(200);
  return response.json();
}

/** `browser`'s second step with `method` and `code`. */
export const passSecondFactor = (browser: TestBrowser, method: "totp" | "recovery_code", code: string) =>
  browser.json("/api/session/second-factor", "POST", { method, code });
