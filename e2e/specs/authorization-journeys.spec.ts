import { en } from "@gatehouse/shared";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium, screenshot } from "../support/browser.ts";
import {
  type CallbackListener,
  DEMO_MOBILE,
  DEMO_NOTES,
  listenForCallbacks,
  redeemCode,
} from "../support/demo-app.ts";
import { ALICE, authorizeLink, BOB, CAROL, pkcePair, signInOnPage } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

let gatehouse: RunningGatehouse;
let callbacks: CallbackListener;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [callbacks, browser] = await Promise.all([listenForCallbacks(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await callbacks?.close();
});
// Each journey starts from a fresh store, so no grant of an earlier one is remembered.
beforeEach(async () => {
  gatehouse = await startGatehouse();
  context = await browser.newContext({ viewport: DESK });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
  await gatehouse?.stop();
});

/** Decodes a JWT's payload without verifying it (the integration tests verify signatures). */
function claims(jwt: unknown): Record<string, unknown> {
  if (typeof jwt !== "string") throw new Error("not a JWT");
  const payload = jwt.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

/** Bob signs in and allows `files:read` to the demo app, and is back at its callback: a grant to remember. */
async function bobAllowsFilesRead(): Promise<void> {
  const first = callbacks.nextCallback();
  await page.goto(authorizeLink(gatehouse.url, { scope: "files:read" }));
  await signInOnPage(page, BOB);
  await page.getByRole("button", { name: "Allow" }).click();
  await first;
  await page.waitForURL((url) => url.port === "5175");
}

describe("the authorization journey in Chromium", () => {
  it("bob signs in, allows, and the app redeems the code for tokens (no portal chooser)", async () => {
    const link = authorizeLink(gatehouse.url, { state: "bob-allow", nonce: "nonce-bob" });
    const callback = callbacks.nextCallback();
    await page.goto(link);
    await screenshot(page, "01-sign-in");
    await signInOnPage(page, BOB);

    await page.getByRole("button", { name: "Allow" }).waitFor();
    expect(await page.getByRole("heading", { name: "Choose portal" }).count()).toBe(0);
    await expect.poll(() => page.getByText("Demo Notes").first().isVisible()).toBe(true);
    expect(await page.getByText(BOB.email).first().isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: /Demo Notes/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Privacy policy" }).getAttribute("href")).toBe(
      "https://notes.example.com/privacy",
    );
    expect(await page.getByRole("link", { name: "Terms of Service" }).getAttribute("href")).toBe(
      "https://notes.example.com/terms",
    );
    const scopeItems = page.getByRole("listitem");
    expect(await scopeItems.count()).toBe(3);
    expect(await page.getByText("View and manage all files and folders").isVisible()).toBe(true);
    await screenshot(page, "03-consent");
    await page.getByRole("button", { name: "Allow" }).click();

    const back = await callback;
    expect(back.pathname).toBe("/callback");
    expect(back.searchParams.get("state")).toBe("bob-allow");
    expect(back.searchParams.get("iss")).toBe(gatehouse.url);
    const code = back.searchParams.get("code");
    expect(code).toEqual(expect.any(String));

    const { status, body } = await redeemCode(gatehouse.url, {
      code: code ?? "",
      redirect_uri: DEMO_NOTES.redirect_uri,
      client_id: DEMO_NOTES.client_id,
      client_secret: DEMO_NOTES.client_secret,
    });
    expect(status).toBe(200);
    expect(body.token_type).toBe("Bearer");
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(claims(body.access_token)).toMatchObject({ portal_id: "acme", client_id: DEMO_NOTES.client_id });
    expect(claims(body.id_token)).toMatchObject({ nonce: "nonce-bob", aud: DEMO_NOTES.client_id });
  });

  it("bob denies and the app receives access_denied with its state and our iss", async () => {
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { state: "bob-deny" }));
    await signInOnPage(page, BOB);
    await page.getByRole("button", { name: "Deny" }).click();
    const back = await callback;
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("bob-deny");
    expect(back.searchParams.get("iss")).toBe(gatehouse.url);
    expect(back.searchParams.has("code")).toBe(false);
  });

  it("alice meets the portal chooser, picks Globex, allows, and her tokens belong to Globex", async () => {
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { state: "alice-allow" }));
    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    expect(await page.getByRole("button", { name: "Acme" }).isVisible()).toBe(true);
    await screenshot(page, "02-choose-portal");
    await page.getByRole("button", { name: "Globex" }).click();
    await page.getByRole("button", { name: "Allow" }).click();
    const back = await callback;
    expect(back.searchParams.get("state")).toBe("alice-allow");
    const { status, body } = await redeemCode(gatehouse.url, {
      code: back.searchParams.get("code") ?? "",
      redirect_uri: DEMO_NOTES.redirect_uri,
      client_id: DEMO_NOTES.client_id,
      client_secret: DEMO_NOTES.client_secret,
    });
    expect(status).toBe(200);
    expect(claims(body.access_token)).toMatchObject({ portal_id: "globex" });
  });

  it("alice picks Acme and denies", async () => {
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { state: "alice-deny" }));
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Deny" }).click();
    const back = await callback;
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("alice-deny");
  });

  it("the public app completes the flow with PKCE and no secret", async () => {
    const { verifier, challenge } = pkcePair();
    const callback = callbacks.nextCallback();
    await page.goto(
      authorizeLink(gatehouse.url, {
        client_id: DEMO_MOBILE.client_id,
        redirect_uri: DEMO_MOBILE.redirect_uri,
        scope: "openid accounts.self:write",
        code_challenge: challenge,
        code_challenge_method: "S256",
      }),
    );
    await signInOnPage(page, BOB);
    await page.getByText("View and manage basic information about your profile").waitFor();
    await page.getByRole("button", { name: "Allow" }).click();
    const back = await callback;
    expect(back.pathname).toBe("/pkce-callback");
    const { status, body } = await redeemCode(gatehouse.url, {
      code: back.searchParams.get("code") ?? "",
      redirect_uri: DEMO_MOBILE.redirect_uri,
      client_id: DEMO_MOBILE.client_id,
      code_verifier: verifier,
    });
    expect(status).toBe(200);
    expect(body.scope).toBe("accounts.self:read accounts.self:write openid");
  });

  it("N74 offers alice only Acme for Demo Mobile, private to Acme", async () => {
    const { challenge } = pkcePair();
    await page.goto(
      authorizeLink(gatehouse.url, {
        client_id: DEMO_MOBILE.client_id,
        redirect_uri: DEMO_MOBILE.redirect_uri,
        scope: "openid files:read",
        code_challenge: challenge,
        code_challenge_method: "S256",
      }),
    );
    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    expect(await page.getByRole("button", { name: "Acme" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Globex" }).count()).toBe(0);
  });

  it("N74 sends carol, with no account on Acme, back to Demo Mobile with access_denied", async () => {
    const { challenge } = pkcePair();
    const callback = callbacks.nextCallback();
    await page.goto(
      authorizeLink(gatehouse.url, {
        client_id: DEMO_MOBILE.client_id,
        redirect_uri: DEMO_MOBILE.redirect_uri,
        scope: "openid files:read",
        state: "carol-mobile",
        code_challenge: challenge,
        code_challenge_method: "S256",
      }),
    );
    await signInOnPage(page, CAROL);
    const back = await callback;
    expect(back.pathname).toBe("/pkce-callback");
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("carol-mobile");
    expect(back.searchParams.get("iss")).toBe(gatehouse.url);
    expect(back.searchParams.get("code")).toBeNull();
  });

  it("remembers consent: a second request for the same scopes returns to the app without the consent page", async () => {
    await bobAllowsFilesRead();

    const second = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { scope: "files:read", state: "again" }));
    const back = await second;
    expect(back.searchParams.get("state")).toBe("again");
    expect(back.searchParams.get("code")).toEqual(expect.any(String));
  });

  it("shows what is new apart when the app asks for more than was granted", async () => {
    await bobAllowsFilesRead();

    await page.goto(authorizeLink(gatehouse.url, { scope: "files:read rooms:read" }));
    await page.getByRole("button", { name: "Allow" }).waitFor();
    expect(await page.getByText("New", { exact: true }).count()).toBe(1);
    await screenshot(page, "04-consent-incremental");
  });

  it("says 'Incorrect email or password' for a wrong password and stays on sign-in", async () => {
    await page.goto(authorizeLink(gatehouse.url));
    await signInOnPage(page, { email: BOB.email, password: "not-the-password" });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Incorrect email or password");
    await screenshot(page, "01-sign-in-wrong-password");
  });

  it("'Change profile' signs out and shows sign-in, where another person can continue", async () => {
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { state: "switch" }));
    await signInOnPage(page, BOB);
    await page.getByRole("button", { name: "Change profile" }).click();
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    expect(await page.getByText(ALICE.email).first().isVisible()).toBe(true);
    await page.getByRole("button", { name: "Allow" }).click();
    const back = await callback;
    expect(back.searchParams.get("state")).toBe("switch");
  });

  it("shows our error page for an unknown app, and never sends the browser to its redirect URI", async () => {
    await page.goto(authorizeLink(gatehouse.url, { client_id: "00000000-0000-4000-8000-000000000000" }));
    await page.getByRole("heading", { name: "Error" }).waitFor();
    expect(await page.getByText("invalid_client").isVisible()).toBe(true);
    expect(new URL(page.url()).origin).toBe(gatehouse.url);
    const links = await page
      .getByRole("link")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links.some((href) => href?.includes("5175"))).toBe(false);
    await screenshot(page, "05-error");
  });

  it("shows our error page for an unregistered redirect URI", async () => {
    await page.goto(authorizeLink(gatehouse.url, { redirect_uri: "http://localhost:5175/callback/" }));
    await page.getByRole("heading", { name: "Error" }).waitFor();
    expect(await page.getByText("invalid_redirect_uri").isVisible()).toBe(true);
    expect(new URL(page.url()).origin).toBe(gatehouse.url);
  });

  it("N70 shows only the catalogue's words on our error page, whatever its address says", async () => {
    const words = "Your account is locked. Call +1 555 0100";
    const address = new URL("/error", gatehouse.url);
    address.searchParams.set("error", '<img src=x onerror="alert(1)">');
    address.searchParams.set("error_description", words);
    await page.goto(address.href);
    await page.getByRole("heading", { name: "Error" }).waitFor();
    expect(await page.getByText(en["error.unknown"]).isVisible()).toBe(true);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toContain(words);
    expect(text).not.toContain("onerror");
    expect(await page.locator("main img").count()).toBe(0);
  });
});
