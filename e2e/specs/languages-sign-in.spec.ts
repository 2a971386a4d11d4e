import { messageOf } from "@gatehouse/shared";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, authorizeLink } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";

const fixture = freshGatehouseEachTest();

const htmlLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe("the sign-in journey in Arabic (docs/pages.md#languages)", () => {
  it("takes ui_locales=ar over the browser's English: Arabic words, right to left, the Arabic alert for a wrong password", async () => {
    const page = await fixture.newPage({ viewport: DESK, locale: "en-US" });
    await page.goto(authorizeLink(fixture.gatehouse.url, { scope: "openid", ui_locales: "ar" }));
    await page.getByRole("heading", { level: 1, name: messageOf("ar", "signIn.heading") }).waitFor();
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });

    const email = page.getByLabel(messageOf("ar", "common.email"));
    const password = page.getByLabel(messageOf("ar", "common.password"), { exact: true });
    const submit = page.getByRole("button", { name: messageOf("ar", "signIn.submit"), exact: true });
    await page.getByRole("link", { name: messageOf("ar", "signIn.forgot") }).waitFor();
    await email.fill(ALICE.email);
    await password.fill("not-the-password");
    await submit.click();

    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(messageOf("ar", "signIn.incorrect"));
    expect(await password.getAttribute("aria-invalid")).toBe("true");
  });
});
