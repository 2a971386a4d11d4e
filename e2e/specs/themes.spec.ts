import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setUpAuthenticatorApp } from "../support/authenticator.ts";
import { launchChromium, screenshot } from "../support/browser.ts";
import { DEMO_NOTES } from "../support/demo-app.ts";
import { ALICE, authorizeLink, CAROL, signInOnPage } from "../support/journey.ts";
import { type Look, looks } from "../support/looks.ts";
import { checkPage, expectNoHorizontalScroll } from "../support/page-checks.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

// docs/pages.md#themes: every page in the light and the dark scheme, at a desk's and a phone's width.
// One Gatehouse for the file: the pages only read what beforeAll set up (a grant, carol's authenticator).

/** More than the first grant holds, so consent shows "New" beside some and "Previously granted" for the rest. */
const WIDER_SCOPES = "openid profile email accounts.self:read files:write rooms:read";

let browser: Browser;
let gatehouse: RunningGatehouse;
const contexts: BrowserContext[] = [];

/**
 * A page whose visits to the demo app's callback never leave the browser: other spec files may be listening
 * on its port, and this file only needs the grant to exist.
 */
async function newPage(look: Look = looks[0]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: look.width, height: look.height },
    colorScheme: look.colorScheme,
  });
  contexts.push(context);
  await context.route(`${new URL(DEMO_NOTES.redirect_uri).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/plain", body: "back at the app" }),
  );
  return context.newPage();
}

async function closeContexts(): Promise<void> {
  for (const context of contexts.splice(0)) await context.close();
}

/** alice allows Demo Notes on Acme once, so Connected apps has a row and consent has something granted. */
async function grantDemoNotes(): Promise<void> {
  const page = await newPage();
  await page.goto(authorizeLink(gatehouse.url, { scope: "openid accounts.self:read" }));
  await signInOnPage(page, ALICE);
  await page.getByRole("button", { name: "Acme" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await page.getByText("back at the app").waitFor();
}

/** carol sets up an authenticator app, so her sign-in asks for the second factor. */
async function giveCarolAnAuthenticator(): Promise<void> {
  const page = await newPage();
  await page.goto(`${gatehouse.url}/account`);
  await signInOnPage(page, CAROL);
  await setUpAuthenticatorApp(page);
}

/** The relative luminance of the body's computed background (WCAG 2.2's definition), 0 black to 1 white. */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const channels =
      getComputedStyle(document.body)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const [red = 0, green = 0, blue = 0] = channels.map((channel) => {
      const unit = channel / 255;
      return unit <= 0.04045 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  });
}

/**
 * axe with WCAG 2.2 A/AA tags, no horizontal scrolling, the scheme's own background, and screenshots; then the
 * same page with `dir="rtl"` set by hand must still fit (the SPA's sides are logical).
 */
async function checkLook(page: Page, look: Look, name: string): Promise<void> {
  const suffix = `${look.width}px-${look.colorScheme}`;
  await checkPage(page, `themes-${name}-${suffix}`);
  const luminance = await bodyLuminance(page);
  if (look.colorScheme === "dark") expect(luminance, `${name}: the body is dark`).toBeLessThan(0.05);
  else expect(luminance, `${name}: the body is light`).toBeGreaterThan(0.8);

  const dir = await page.evaluate(() => document.documentElement.dir);
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
  await expectNoHorizontalScroll(page);
  await screenshot(page, `themes-${name}-${suffix}-rtl`);
  await page.evaluate((before) => {
    document.documentElement.dir = before;
  }, dir);
}

async function openSettingsPage(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: link }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

beforeAll(async () => {
  [browser, gatehouse] = await Promise.all([launchChromium(), startGatehouse()]);
  await grantDemoNotes();
  await giveCarolAnAuthenticator();
  await closeContexts();
});
afterAll(async () => {
  await browser?.close();
  await gatehouse?.stop();
});
afterEach(closeContexts);

describe.each(looks)("every page at $width px, $colorScheme", (look) => {
  // Sixteen pages, each checked by axe: several journeys' worth of time on two shared cores.
  it("signs in, consents, errs, manages and signs out with no axe violation, in the scheme asked for", {
    timeout: 300_000,
  }, async () => {
    const { url } = gatehouse;
    const page = await newPage(look);

    await page.goto(authorizeLink(url, { scope: WIDER_SCOPES, prompt: "consent" }));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await checkLook(page, look, "sign-in");

    // The alert and the invalid fields' colours; an email of its own, so no real account's count grows.
    await signInOnPage(page, {
      email: `nobody-${look.width}-${look.colorScheme}@example.com`,
      password: "wrong",
    });
    await page.getByRole("alert").filter({ hasText: "Incorrect email or password" }).waitFor();
    await checkLook(page, look, "sign-in-refused");

    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    await checkLook(page, look, "choose-portal");

    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Allow" }).waitFor();
    await page.getByText("New", { exact: true }).first().waitFor();
    await checkLook(page, look, "consent");

    await page.goto(`${url}/oauth2/authorize?client_id=unknown`);
    await page.getByRole("heading", { name: "Error" }).waitFor();
    await checkLook(page, look, "error");

    await page.goto(`${url}/no/such/page`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await checkLook(page, look, "not-found");

    // The session outlives the interaction, on the portal alice chose there.
    await page.goto(`${url}/developer-tools/oauth`);
    await page.getByRole("heading", { level: 1, name: "OAuth 2.0" }).waitFor();
    await page.getByRole("listitem", { name: "Demo Notes" }).waitFor();
    await checkLook(page, look, "developer-tools");

    await page.getByRole("button", { name: "Register a new application" }).click();
    await page.getByRole("heading", { level: 1, name: "Register a new application" }).waitFor();
    await checkLook(page, look, "register-app");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator(".field-error:not(:empty)").first().waitFor();
    await checkLook(page, look, "register-app-invalid");

    await openSettingsPage(page, "Connected apps", "Connected apps");
    await page.getByRole("listitem", { name: "Demo Notes" }).waitFor();
    await checkLook(page, look, "connected-apps");

    await openSettingsPage(page, "People", "People");
    await page.getByRole("listitem", { name: /^Bob Example/ }).waitFor();
    await checkLook(page, look, "people");

    await openSettingsPage(page, "Audit log", "Audit log");
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    await checkLook(page, look, "audit");

    await openSettingsPage(page, "Your account", "Your account");
    await page.getByRole("region", { name: "Sessions" }).waitFor();
    await checkLook(page, look, "account");

    // The QR code keeps its white tile in the dark scheme too.
    const twoFactor = page.getByRole("region", { name: "Two-factor authentication" });
    await twoFactor.getByRole("button", { name: "Set up authenticator app" }).click();
    const qr = page.getByRole("img", { name: "QR code for your authenticator app" });
    await qr.waitFor();
    expect(await qr.evaluate((image) => getComputedStyle(image).backgroundColor)).toBe("rgb(255, 255, 255)");
    await checkLook(page, look, "authenticator-setup");

    await page.goto(`${url}/signed-out`);
    await page.getByRole("heading", { level: 1, name: "You are signed out" }).waitFor();
    await checkLook(page, look, "signed-out");

    const carol = await newPage(look);
    await carol.goto(authorizeLink(url));
    await signInOnPage(carol, CAROL);
    await carol.getByRole("heading", { level: 1, name: "Two-factor authentication" }).waitFor();
    await checkLook(carol, look, "second-factor");
  });
});
