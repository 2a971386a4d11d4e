import { SCOPE_NAMES } from "@gatehouse/shared";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setUpAuthenticatorApp } from "../support/authenticator.ts";
import { launchChromium } from "../support/browser.ts";
import { DEMO_NOTES } from "../support/demo-app.ts";
import { ALICE, authorizeLink, BOB, CAROL, SEED_NAMES, signInOnPage } from "../support/journey.ts";
import { checkLook as checkBothLanguages, checkDialogLook } from "../support/look-checks.ts";
import { type Look, looks } from "../support/looks.ts";
import { APP_REDIRECT_URI, LONG_APP_NAME, registerApp, setupLinkIn } from "../support/people.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

// docs/pages.md#themes and #languages: every page in the light and the dark scheme, at a desk's and a phone's
// width, in English and in Arabic (right to left). Which spec opens which page (all: axe + no sideways scrolling):
//
// | page (client/src/router.tsx, shared/src/routes.ts)     | here, en + ar, 4 looks | also, in English            |
// | ------------------------------------------------------ | ---------------------- | --------------------------- |
// | /interaction/:id sign-in, refused (60-letter name), 2FA | yes                    | accessibility, trusted-pages, two-factor |
// | /interaction/:id chooser (60-letter), several accounts | yes                    | accessibility, several-accounts |
// | /interaction/:id consent, new + previously granted     | yes (60-letter name)   | accessibility, trusted-pages |
// | /error (unknown client), expired request               | yes                    | accessibility, trusted-pages |
// | / home, * not found, /signed-out                       | yes                    | trusted-pages               |
// | /developer-tools/oauth, /new (+ invalid)               | yes (60-letter name)   | developer-tools             |
// | /developer-tools/oauth/:clientId/edit                  | yes (60-letter name)   | developer-tools             |
// | /connected-apps (+ revoke confirmation)                | yes (60-letter name)   | audit-log, several-accounts |
// | /people (+ its dialogs)                                | list only              | people-pages (dialogs)      |
// | /audit (its events name no app)                        | yes                    | audit-log                   |
// | /account (+ authenticator set-up)                      | yes                    | people-pages, two-factor, languages (ar) |
// | /setup                                                 | yes (own Gatehouse)    | people-pages                |
// | /invite, /forgot-password, /reset-password             | yes                    | people-pages, people-journeys |
// | keyboard alone                                          | keyboard-journeys (en + ar), accessibility, people-keyboard |

/** More than the first grant holds, so consent shows "New" beside some and "Previously granted" for the rest. */
const WIDER_SCOPES = "openid profile email accounts.self:read files:write rooms:read";
const LONG_APP_DESCRIPTION = "Keeps the team's wide notes";
/** What the pages may show untranslated: the test data's names (and a Latin email's local part in a chip). */
const NAMES = [...SEED_NAMES, LONG_APP_NAME, LONG_APP_DESCRIPTION];

let browser: Browser;
let gatehouse: RunningGatehouse;
const contexts: BrowserContext[] = [];
/** The long-named app alice registered on Acme, and the one-time links her People page makes. */
let longApp: { client_id: string; redirect_uri: string };
let invitationLink: string;
let resetLink: string;

/**
 * A page whose visits to the apps' callback never leave the browser: other spec files may be listening on its
 * port, and this file only needs the grants to exist.
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

/** On alice's signed-in page: the Acme account's consent for `link`, allowed. */
async function allowOnAcme(page: Page, link: string): Promise<void> {
  await page.goto(link);
  const allow = page.getByRole("button", { name: "Allow" });
  const chooser = page.getByRole("heading", { name: "Choose portal" });
  await allow.or(chooser).first().waitFor();
  if (await chooser.isVisible()) await page.getByRole("button", { name: "Acme" }).click();
  await allow.click();
  await page.getByText("back at the app").waitFor();
}

/**
 * alice allows Demo Notes on Acme, registers the 60-letter app there and allows it part of what it may ask
 * (consent then has something granted and something new), and makes an invitation and a reset link for bob.
 */
async function prepareAlice(): Promise<void> {
  const page = await newPage();
  await page.goto(authorizeLink(gatehouse.url, { scope: "openid accounts.self:read" }));
  await signInOnPage(page, ALICE);
  await page.getByRole("button", { name: "Acme" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await page.getByText("back at the app").waitFor();

  const app = await registerApp(page, gatehouse.url, {
    name: LONG_APP_NAME,
    description: LONG_APP_DESCRIPTION,
    website_url: "https://wide.example.com/about",
    scopes: [...SCOPE_NAMES],
  });
  longApp = { client_id: app.clientId, redirect_uri: APP_REDIRECT_URI };
  await allowOnAcme(page, authorizeLink(gatehouse.url, { ...longApp, scope: "openid accounts.self:read" }));

  const post = (path: string, data?: unknown) =>
    page.request.post(`${gatehouse.url}${path}`, { headers: { origin: gatehouse.url }, data });
  const invitation = await post("/api/people/invitations", { email: "dana@example.com", role: "user" });
  expect(invitation.status()).toBe(201);
  invitationLink = (await invitation.json()).invitation_url;
  const people: { user_id: string; email: string }[] = await (
    await page.request.get(`${gatehouse.url}/api/people`)
  ).json();
  const bob = people.find((person) => person.email === BOB.email);
  const reset = await post(`/api/people/${bob?.user_id}/password-reset`);
  expect(reset.status()).toBe(201);
  resetLink = (await reset.json()).reset_url;
}

/** carol sets up an authenticator app, so her sign-in asks for the second factor. */
async function giveCarolAnAuthenticator(): Promise<void> {
  const page = await newPage();
  await page.goto(`${gatehouse.url}/account`);
  await signInOnPage(page, CAROL);
  await setUpAuthenticatorApp(page);
}

async function openSettingsPage(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: link }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

beforeAll(async () => {
  [browser, gatehouse] = await Promise.all([launchChromium(), startGatehouse()]);
  await prepareAlice();
  await giveCarolAnAuthenticator();
  await closeContexts();
});
afterAll(async () => {
  await browser?.close();
  await gatehouse?.stop();
});
afterEach(closeContexts);

describe.each(looks)("every page at $width px, $colorScheme, in English and Arabic", (look) => {
  const checkLook = (page: Page, name: string) => checkBothLanguages(page, look, name, NAMES);

  // Twenty-five pages, each checked by axe twice (English, Arabic): many journeys' worth on two shared cores.
  it("signs in, consents, errs, manages and signs out with no axe violation, in the scheme asked for", {
    timeout: 600_000,
  }, async () => {
    const { url } = gatehouse;
    const page = await newPage(look);

    await page.goto(authorizeLink(url, { ...longApp, scope: WIDER_SCOPES, prompt: "consent" }));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await checkLook(page, "sign-in");

    // The alert and the invalid fields' colours; an email of its own, so no real account's count grows.
    await signInOnPage(page, {
      email: `nobody-${look.width}-${look.colorScheme}@example.com`,
      password: "wrong",
    });
    await page.getByRole("alert").filter({ hasText: "Incorrect email or password" }).waitFor();
    await checkLook(page, "sign-in-refused");

    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    await checkLook(page, "choose-portal");

    // The 60-letter name in the heading, some scopes new and some granted before.
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Allow" }).waitFor();
    await page.getByRole("heading", { name: "Previously granted" }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(LONG_APP_NAME);
    await checkLook(page, "consent");

    await page.goto(`${url}/oauth2/authorize?client_id=unknown`);
    await page.getByRole("heading", { name: "Error" }).waitFor();
    await checkLook(page, "error");

    await page.goto(`${url}/interaction/no-such-request`);
    await page.getByText("This sign-in request has expired or is not known here.").waitFor();
    await checkLook(page, "expired-request");

    await page.goto(`${url}/no/such/page`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await checkLook(page, "not-found");

    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: "Gatehouse" }).waitFor();
    await checkLook(page, "home");

    // The session outlives the interaction, on the portal alice chose there.
    await page.goto(`${url}/developer-tools/oauth`);
    await page.getByRole("heading", { level: 1, name: "OAuth 2.0" }).waitFor();
    await page.getByRole("listitem", { name: LONG_APP_NAME }).waitFor();
    await checkLook(page, "developer-tools");

    await page.getByRole("button", { name: "Register a new application" }).click();
    await page.getByRole("heading", { level: 1, name: "Register a new application" }).waitFor();
    await checkLook(page, "register-app");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator(".field-error:not(:empty)").first().waitFor();
    await checkLook(page, "register-app-invalid");

    await page.goto(`${url}/developer-tools/oauth/${longApp.client_id}/edit`);
    await page.getByRole("heading", { level: 1, name: `Edit ${LONG_APP_NAME}` }).waitFor();
    await checkLook(page, "edit-app");

    await openSettingsPage(page, "Connected apps", "Connected apps");
    const longAppItem = page.getByRole("listitem", { name: LONG_APP_NAME });
    await longAppItem.waitFor();
    await checkLook(page, "connected-apps");
    // Its one button is Revoke, in either language.
    await checkDialogLook(page, look, "revoke-confirmation", NAMES, () =>
      longAppItem.getByRole("button").click(),
    );

    await openSettingsPage(page, "People", "People");
    await page.getByRole("listitem", { name: /^Bob Example/ }).waitFor();
    await checkLook(page, "people");

    await openSettingsPage(page, "Audit log", "Audit log");
    await page.getByRole("table").getByRole("row").nth(1).waitFor();
    await checkLook(page, "audit");

    await openSettingsPage(page, "Your account", "Your account");
    await page.getByRole("region", { name: "Sessions" }).waitFor();
    await checkLook(page, "account");

    // The QR code keeps its white tile in the dark scheme too.
    const twoFactor = page.getByRole("region", { name: "Two-factor authentication" });
    await twoFactor.getByRole("button", { name: "Set up authenticator app" }).click();
    const qr = page.getByRole("img", { name: "QR code for your authenticator app" });
    await qr.waitFor();
    expect(await qr.evaluate((image) => getComputedStyle(image).backgroundColor)).toBe("rgb(255, 255, 255)");
    await checkLook(page, "authenticator-setup");

    await page.goto(`${url}/signed-out`);
    await page.getByRole("heading", { level: 1, name: "You are signed out" }).waitFor();
    await checkLook(page, "signed-out");

    // Someone else's browser: the password recovery and the one-time links alice made.
    const stranger = await newPage(look);
    await stranger.goto(`${url}/forgot-password`);
    await stranger.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await checkLook(stranger, "forgot-password");
    await stranger.goto(invitationLink);
    await stranger.getByRole("heading", { level: 1, name: "Join Acme" }).waitFor();
    await checkLook(stranger, "invitation");
    await stranger.goto(resetLink);
    await stranger.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await checkLook(stranger, "reset-password");

    const carol = await newPage(look);
    await carol.goto(authorizeLink(url));
    await signInOnPage(carol, CAROL);
    await carol.getByRole("heading", { level: 1, name: "Two-factor authentication" }).waitFor();
    await checkLook(carol, "second-factor");

    // alice, then bob added with "Use another account": the chooser of (account, portal) pairs.
    const two = await newPage(look);
    await two.goto(authorizeLink(url));
    await signInOnPage(two, ALICE);
    await two.getByRole("button", { name: "Use another account" }).click();
    await signInOnPage(two, BOB);
    await two.getByRole("button", { name: "Allow" }).waitFor();
    await two.goto(authorizeLink(url, { prompt: "select_account" }));
    await two.getByRole("button", { name: "Acme — bob@example.com" }).waitFor();
    await checkLook(two, "several-accounts");
  });
});

describe("the setup page, on a Gatehouse of its own", () => {
  it("has no axe violation and fits every look, in English and Arabic", { timeout: 240_000 }, async () => {
    const fresh = await startGatehouse({ SEED: "none", LOG_LEVEL: "info" });
    try {
      const link = setupLinkIn(await fresh.waitForOutput(/\/setup#/));
      for (const look of looks) {
        const page = await newPage(look);
        await page.goto(link);
        await page.getByRole("heading", { level: 1, name: "Set up Gatehouse" }).waitFor();
        await checkBothLanguages(page, look, "setup", NAMES);
      }
    } finally {
      await fresh.stop();
    }
  });
});
