import {
  type AuthenticationResponse,
  authenticationOptionsSchema,
  passkeySchema,
  registrationOptionsSchema,
} from "@gatehouse/shared/schemas/passkeys";
import { expect } from "vitest";
import { SoftwareAuthenticator } from "./authenticator.ts";
import type { TestBrowser } from "./browser.ts";

/** `browser`'s person registers `authenticator` as a passkey named `name`, through the API; the passkey. */
export async function addPasskey(
  browser: TestBrowser,
  authenticator: SoftwareAuthenticator,
  name = "Laptop",
) {
  const options = registrationOptionsSchema.parse(
    await (await browser.json("/api/account/passkeys/options", "POST")).json(),
  );
  const response = await browser.json("/api/account/passkeys", "POST", {
    name,
    response: authenticator.register(options),
  });
  expect(response.status).toBe(201);
  return passkeySchema.parse(await response.json());
}

/** A new software authenticator, with one passkey registered for `browser`'s person. */
export async function registeredAuthenticator(
  browser: TestBrowser,
  options: ConstructorParameters<typeof SoftwareAuthenticator>[1] = {},
): Promise<SoftwareAuthenticator> {
  const authenticator = new SoftwareAuthenticator(browser.origin, options);
  await addPasskey(browser, authenticator);
  return authenticator;
}

/** Asks for the options of a sign-in by passkey alone in `browser` (which keeps the attempt cookie). */
export async function passkeySignInOptions(browser: TestBrowser) {
  const response = await browser.json("/api/session/passkey/options", "POST");
  expect(response.status).toBe(200);
  return authenticationOptionsSchema.parse(await response.json());
}

/** Asks for the options of the second step by passkey in `browser`, which holds a pending sign-in. */
export async function secondFactorPasskeyOptions(browser: TestBrowser) {
  const response = await browser.json("/api/session/second-factor/passkey/options", "POST");
  expect(response.status).toBe(200);
  return authenticationOptionsSchema.parse(await response.json());
}

/** `browser`'s second step with a passkey's assertion. */
export const passWithPasskey = (browser: TestBrowser, response: AuthenticationResponse) =>
  browser.json("/api/session/second-factor", "POST", { method: "passkey", response });
