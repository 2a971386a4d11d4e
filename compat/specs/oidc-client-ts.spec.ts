import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { launchChromium } from "../support/chromium.ts";
import { expectRotated } from "../support/cookie-app.ts";
import { BOB, BOB_USERINFO } from "../support/journey.ts";
import { publicClientPage } from "../support/public-client-page.ts";
import { registerApp } from "../support/register-app.ts";
import { openRelyingParty, type RelyingParty } from "../support/relying-party.ts";
import { signingAlgorithm } from "../support/tokens.ts";

/** The run's Gatehouse (support/global-setup.ts); this file registers its own app there. */
const issuer = inject("issuer");
let rp: RelyingParty;
let browser: Browser;
let page: Page;

/** What the page's `tokens()` answers: oidc-client-ts's User. */
const userSchema = z.object({
  profile: z.looseObject({ sub: z.string(), email: z.string().optional(), name: z.string().optional() }),
  access_token: z.string(),
  refresh_token: z.string(),
  id_token: z.string(),
});
const userinfoSchema = z.object({ status: z.number(), body: z.looseObject({ sub: z.string() }) });

beforeAll(async () => {
  // The page is at 127.0.0.1 and Gatehouse at localhost: another origin, as a real SPA's would be.
  rp = await openRelyingParty("127.0.0.1");
  const client = await registerApp(issuer, {
    name: "oidc-client-ts",
    allow_pkce: true,
    redirect_uris: [`${rp.url}/callback`],
    allowed_origins: [rp.url],
  });
  expect(client.client_secret).toBeUndefined();
  rp.serve(
    await publicClientPage({
      authority: issuer,
      client_id: client.client_id,
      redirect_uri: `${rp.url}/callback`,
    }),
  );
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  await rp?.stop();
});

describe("oidc-client-ts in Chromium, a public client (PKCE) on another origin", () => {
  it("signs a person in on Gatehouse's pages with code + PKCE and an RS256 ID token", async () => {
    await page.goto(`${rp.url}/`);
    const leaving = page.waitForURL(`${issuer}/interaction/**`);
    // Not awaited: the redirect it ends in destroys the page that would answer.
    await page.evaluate("void signIn()");
    await leaving;
    const authorization = new URL(page.url());
    expect(authorization.origin).toBe(issuer);

    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill(BOB.email);
    await page.getByLabel("Password").fill(BOB.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${rp.url}/callback**`);
    await page.getByText(/^(signed in|failed: .*)$/).waitFor();
    expect(await page.locator("#status").textContent()).toBe("signed in");

    const user = userSchema.parse(await page.evaluate("tokens()"));
    expect(signingAlgorithm(user.id_token)).toBe("RS256");
    expect(user.profile).toMatchObject({ sub: BOB.sub, email: BOB.email, name: BOB.name });
  });

  it("reads userinfo from the page's origin with its access token (CORS for an allowed origin)", async () => {
    const userinfo = userinfoSchema.parse(await page.evaluate("userinfo()"));
    expect(userinfo.status).toBe(200);
    expect(userinfo.body).toMatchObject(BOB_USERINFO);
  });

  it("refreshes with `signinSilent()` (a refresh_token grant from the page) and gets new tokens", async () => {
    const before = userSchema.parse(await page.evaluate("tokens()"));
    const after = userSchema.parse(await page.evaluate("refresh()"));
    await expectRotated(issuer, { before, after });
    expect(after.profile.sub).toBe(BOB.sub);
  });
});
