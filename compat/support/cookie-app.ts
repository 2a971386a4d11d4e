import { expect } from "vitest";
import { type Refreshed, refreshedSchema, signedInSchema } from "./app-answers.ts";
import type { HttpBrowser } from "./http-browser.ts";
import { BOB, BOB_USERINFO, expectOk, signInAtGatehouse } from "./journey.ts";
import { userinfoStatus } from "./tokens.ts";

/**
 * A server-side app's sign-in, from where its login left `browser`: Bob signs in at Gatehouse and
 * lands back on the app's `/`, whose `/me` names him from an RS256 ID token and from userinfo
 * (docs/api.md#id-tokens); the last response, the app's landing page.
 */
export async function signInThroughGatehouse(
  browser: HttpBrowser,
  issuer: string,
  app: string,
): Promise<Response> {
  const landed = await signInAtGatehouse(browser, issuer);
  expect(browser.url.href).toBe(`${app}/`);
  const me = signedInSchema.parse(await expectOk(browser.request(new URL("/me", app))));
  expect(me.id_token_alg).toBe("RS256");
  expect(me.user).toMatchObject({ sub: BOB.sub, email: BOB.email, name: BOB.name });
  expect(me.userinfo).toMatchObject(BOB_USERINFO);
  return landed;
}

/** The app's own refresh (`POST /refresh`): the tokens before and after it. */
export async function refreshThroughApp(browser: HttpBrowser, app: string): Promise<Refreshed> {
  return refreshedSchema.parse(await expectOk(browser.request(new URL("/refresh", app), { method: "POST" })));
}

/** A refresh gave a new access token that reads userinfo, and rotated the refresh token (RFC 6749 §6, §10.4). */
export async function expectRotated(issuer: string, { before, after }: Refreshed): Promise<void> {
  expect(after.access_token).not.toBe(before.access_token);
  expect(after.refresh_token).not.toBe(before.refresh_token);
  expect(await userinfoStatus(issuer, after.access_token)).toBe(200);
}
