import { messageOf } from "@gatehouse/shared";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { authorizeLink, BOB, signInOnPage } from "../support/journey.ts";
import { PHONE } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest();

const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Seen without scrolling: the element's whole box lies inside the window. */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    );
  });

describe("the consent page's languages (docs/pages.md#languages)", () => {
  it("speaks Arabic for ui_locales=ar at 360 × 740: heading, scopes, Allow and Deny in view, no axe violation", async () => {
    const page = await fixture.newPage({ viewport: PHONE, locale: "en-US" });
    // Bob (one portal, no chooser) signs in in English, so this test does not lean on the sign-in page's words.
    await page.goto(authorizeLink(fixture.gatehouse.url));
    await signInOnPage(page, BOB);
    await page.getByRole("button", { name: "Allow" }).waitFor();

    // The app asks for Arabic: the same session, a new request, the consent page right to left.
    await page.goto(authorizeLink(fixture.gatehouse.url, { ui_locales: "ar" }));
    const allow = page.getByRole("button", { name: messageOf("ar", "consent.allow"), exact: true });
    const deny = page.getByRole("button", { name: messageOf("ar", "consent.deny"), exact: true });
    await allow.waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "يطلب Demo Notes الوصول إلى حسابك على Acme",
    );
    // authorizeLink asks for openid accounts.self:read files:write: one line each, worded in Arabic.
    for (const key of ["scope.accounts.self:read", "scope.files:write", "scope.openid"] as const) {
      expect(await page.getByText(messageOf("ar", key), { exact: true }).isVisible()).toBe(true);
    }
    expect(await page.getByText("View and manage all files and folders").count()).toBe(0);

    expect(await inView(allow)).toBe(true);
    expect(await inView(deny)).toBe(true);
    await checkPage(page, "consent-ar-360px");
  });
});
