import path from "node:path";
import { SCOPE_NAMES } from "@gatehouse/shared";
import type { ElementHandle, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.ts";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, authorizeLink, signInOnPage } from "../support/journey.ts";
import { switchLanguage } from "../support/language.ts";
import { DESK, PHONE, viewports } from "../support/looks.ts";
import { checkPage, expectNoHorizontalScroll } from "../support/page-checks.ts";
import { screenshotDir } from "../support/paths.ts";
import { APP_REDIRECT_URI, LONG_APP_NAME, registerApp } from "../support/people.ts";

const LONG_NAME = LONG_APP_NAME;

const fixture = freshGatehouseEachTest();

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Whether the element's box lies wholly inside the viewport: seen without scrolling. */
async function insideViewport(page: Page, element: Locator | ElementHandle | null): Promise<boolean> {
  const box = await element?.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
  );
}

/** The consent page of the authorize request, past the portal chooser (alice has two portals). */
async function consentFor(page: Page, params: Record<string, string>): Promise<void> {
  await page.goto(authorizeLink(fixture.gatehouse.url, params));
  const allow = page.getByRole("button", { name: "Allow" });
  const chooser = page.getByRole("heading", { name: "Choose portal" });
  await allow.or(chooser).first().waitFor();
  if (await chooser.isVisible()) await page.getByRole("button", { name: "Acme" }).click();
  await allow.waitFor();
}

describe.each(viewports)("the consent page at $width × $height", (viewport) => {
  const px = `${viewport.width}px`;

  it("keeps Allow and Deny in view with every scope new, in English and Arabic, and wraps a 60-letter name without scrolling sideways", async () => {
    const first = await fixture.newPage({ viewport });
    await first.goto(`${fixture.gatehouse.url}/connected-apps`);
    await signInOnPage(first, ALICE);
    await first.getByRole("heading", { name: "Choose portal" }).waitFor();
    await first.getByRole("button", { name: "Acme" }).click();
    await first.getByRole("heading", { level: 1, name: "Connected apps" }).waitFor();
    const app = await registerApp(first, fixture.gatehouse.url, {
      name: LONG_NAME,
      description: "Keeps the team's wide notes",
      website_url: "https://wide.example.com/about",
      scopes: [...SCOPE_NAMES],
    });
    const request = { client_id: app.clientId, redirect_uri: APP_REDIRECT_URI };

    // A first grant of openid alone, so that everything asked next is marked "New". Its tab then leaves for the
    // app's callback, where nothing listens: the next request gets a tab of its own, with the same session.
    await consentFor(first, { ...request, scope: "openid" });
    const decided = first.waitForResponse((response) => response.url().endsWith("/consent"));
    await first.getByRole("button", { name: "Allow" }).click();
    expect((await decided).status()).toBe(200);
    const page = await first.context().newPage();
    await first.close();

    await consentFor(page, { ...request, scope: SCOPE_NAMES.join(" ") });
    await page.getByRole("heading", { name: "New permissions" }).waitFor();
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe(`${LONG_NAME} wants to access your Acme account`);
    expect(await page.getByRole("link", { name: /^wide\.example\.com/ }).getAttribute("href")).toBe(
      "https://wide.example.com/about",
    );
    expect(await page.getByText("Keeps the team's wide notes").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Connected apps" }).getAttribute("href")).toBe(
      "/connected-apps",
    );

    // Seen without scrolling: both answers, and the whole width of the name (its first letter included).
    expect(await insideViewport(page, page.getByRole("button", { name: "Allow" }))).toBe(true);
    expect(await insideViewport(page, page.getByRole("button", { name: "Deny" }))).toBe(true);
    const headingBox = await heading.boundingBox();
    expect(headingBox?.x).toBeGreaterThanOrEqual(0);
    expect((headingBox?.x ?? 0) + (headingBox?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
      viewport.width,
    );
    // What the person sees first, without scrolling (checkPage's screenshot is the whole page).
    await page.screenshot({ path: path.join(screenshotDir, `consent-long-name-viewport-${px}.png`) });
    await checkPage(page, `consent-long-name-${px}`);

    // Scrolled to the end, the bar is still where it was, and the list has been read past.
    await page.mouse.wheel(0, 4000);
    expect(await insideViewport(page, page.getByRole("button", { name: "Allow" }))).toBe(true);
    expect(await insideViewport(page, page.getByRole("link", { name: "Connected apps" }))).toBe(true);

    // In Arabic, right to left, the same two buttons (their elements held across the switch, whatever their
    // words) are in view at the top and scrolled to the end.
    const answers = [
      await page.getByRole("button", { name: "Allow" }).elementHandle(),
      await page.getByRole("button", { name: "Deny" }).elementHandle(),
    ];
    await page.mouse.wheel(0, -4000);
    await switchLanguage(page, "en", "ar");
    for (const scrolled of [0, 4000]) {
      await page.mouse.wheel(0, scrolled);
      for (const answer of answers) expect(await insideViewport(page, answer)).toBe(true);
    }
    const arabicHeading = await heading.boundingBox();
    expect(arabicHeading?.x).toBeGreaterThanOrEqual(0);
    expect((arabicHeading?.x ?? 0) + (arabicHeading?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
      viewport.width,
    );
    await screenshot(page, `consent-long-name-${px}-ar`);
    await expectNoHorizontalScroll(page);
  });
});

describe("sign-in in a real browser", () => {
  it("starts in Email, and after a wrong password marks both fields and returns to Password", async () => {
    const page = await fixture.newPage({ viewport: PHONE });
    await page.goto(authorizeLink(fixture.gatehouse.url));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect.poll(() => isFocused(page.getByLabel("Email"))).toBe(true);

    await page.getByLabel("Email").fill(ALICE.email);
    await page.getByLabel("Password").fill("not-her-password");
    await page.getByRole("button", { name: "Show password" }).click();
    expect(await page.getByRole("button", { name: "Show password" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    expect(await page.getByRole("alert").textContent()).toBe("Incorrect email or password");
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Password").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => isFocused(page.getByLabel("Password"))).toBe(true);
    await checkPage(page, "sign-in-wrong-password-360px");
  });

  it("starts in Password when login_hint filled the email", async () => {
    const page = await fixture.newPage({ viewport: DESK });
    await page.goto(authorizeLink(fixture.gatehouse.url, { login_hint: ALICE.email }));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect.poll(() => isFocused(page.getByLabel("Password"))).toBe(true);
    expect(await page.getByLabel("Email").inputValue()).toBe(ALICE.email);
  });
});

describe("the pages that end something", () => {
  it("answers an unknown address 404 with the not-found page, and the error page leads home", async () => {
    const page = await fixture.newPage({ viewport: PHONE });
    const missing = await page.goto(`${fixture.gatehouse.url}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await checkPage(page, "not-found-360px");

    const known = await page.goto(`${fixture.gatehouse.url}/signed-out`);
    expect(known?.status()).toBe(200);
    expect(await page.getByRole("link", { name: "Sign in again" }).getAttribute("href")).toBe("/account");
    await checkPage(page, "signed-out-360px");

    await page.goto(`${fixture.gatehouse.url}/oauth2/authorize?client_id=unknown`);
    await page.getByRole("heading", { level: 1, name: "Error" }).waitFor();
    const links = page.getByRole("link");
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute("href")))).toEqual(["/"]);
    await screenshot(page, "error-unknown-client-360px");
  });
});

describe("the register form at 360 px", () => {
  it("keeps host:port of an added URL on one line", async () => {
    const page = await fixture.newPage({ viewport: PHONE });
    await page.goto(`${fixture.gatehouse.url}/developer-tools/oauth/new`);
    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("heading", { level: 1, name: "Register a new application" }).waitFor();
    const redirects = page.getByRole("group", { name: "Redirect URLs" });
    await redirects.getByLabel("Redirect URLs").fill(`${APP_REDIRECT_URI}/with/a/longer/path`);
    await redirects.getByRole("button", { name: "Add", exact: true }).click();
    const chip = redirects.locator("code.entry-value");
    await chip.waitFor();

    // The lines "http://localhost:5175" takes in the chip: one, however the rest of the URL wraps.
    const lines = await chip.evaluate((code) => {
      const range = document.createRange();
      range.setStart(code, 0);
      range.setEnd(code, 1);
      return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
    });
    expect(await chip.textContent()).toBe(`${APP_REDIRECT_URI}/with/a/longer/path`);
    expect(lines).toBe(1);
    await checkPage(page, "register-form-url-chip-360px");
  });
});
