import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, authorizeLink, signInOnPage } from "../support/journey.ts";
import { checkPage } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest();

/** A page whose browser speaks English, at `width` × `height`. */
const newPage = (width: number, height: number) =>
  fixture.newPage({ viewport: { width, height }, locale: "en-US" });

const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe("languages (docs/pages.md#languages)", () => {
  it("turns Your account to Arabic with the switcher: right to left, no axe violation, fits 360 px, remembered", {
    timeout: 120_000,
  }, async () => {
    const page = await newPage(360, 740);
    await page.goto(`${fixture.gatehouse.url}/account`);
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });

    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "العربية" });
    await page.getByRole("heading", { level: 1, name: "حسابك" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    await page.getByRole("heading", { level: 2, name: "الجلسات" }).waitFor();
    await checkPage(page, "account-ar-360px");

    // The choice outlives a reload: it is remembered in this browser.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "حسابك" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    await page.getByRole("combobox", { name: "اللغة" }).selectOption({ label: "English" });
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  });

  it("takes the app's ui_locales for the sign-in journey, over the browser's English", async () => {
    const page = await newPage(1280, 800);
    await page.goto(authorizeLink(fixture.gatehouse.url, { scope: "openid", ui_locales: "tlh de-CH en" }));
    await page.getByRole("combobox", { name: "Sprache" }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "de", dir: "ltr" });
  });
});
