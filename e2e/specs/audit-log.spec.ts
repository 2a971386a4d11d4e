import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "../support/browser.ts";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, BOB, signInOnPage } from "../support/journey.ts";
import { DESK, viewports } from "../support/looks.ts";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const fixture = freshGatehouseEachTest();

/** Axe finds nothing, the page fits the viewport, and a screenshot in light and dark is kept. */
async function checkPage(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** The event names of the table's rows, top to bottom. */
async function rowEvents(page: Page): Promise<string[]> {
  const rows = page.getByRole("table").getByRole("row");
  const cells = await rows.locator("td:nth-child(3)").allTextContents();
  return cells.map((cell) => cell.trim());
}

describe.each(viewports)("Audit log at $width px", (viewport) => {
  const px = `${viewport.width}px`;

  it("alice disables an app, then finds it and her sign-in in the Audit log, and filters by event and person", async () => {
    const { url } = fixture.gatehouse;
    // Bob's wrong password: an event of acme, by someone else.
    const failed = await fetch(`${url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ email: BOB.email, password: "not bob's password" }),
    });
    expect(failed.status).toBe(401);

    const page = await fixture.newPage({ viewport });
    await page.goto(`${url}/developer-tools/oauth`);
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    const mobile = page.getByRole("listitem", { name: "Demo Mobile" });
    await mobile.getByRole("switch", { name: "Enabled" }).click();
    await mobile.getByRole("switch", { name: "Enabled", checked: false }).waitFor();

    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    await page.getByRole("table").waitFor();
    expect(await rowEvents(page)).toEqual(["client.disabled", "sign_in.succeeded", "sign_in.failed"]);
    const newest = page.getByRole("table").getByRole("row").nth(1);
    expect(await newest.textContent()).toContain(ALICE.email);
    // The browser's loopback address, as the socket gave it (no TRUST_PROXY here).
    expect(await newest.textContent()).toMatch(/(127\.0\.0\.1|::1)$/);
    await checkPage(page, `audit-log-${px}`);

    await page.getByLabel("Event", { exact: true }).selectOption("client.disabled");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => rowEvents(page)).toEqual(["client.disabled"]);

    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByLabel("Person", { exact: true }).fill(BOB.email);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => rowEvents(page)).toEqual(["sign_in.failed"]);
    await checkPage(page, `audit-log-filtered-${px}`);
  });
});

describe("Audit log for someone who is neither owner nor admin", () => {
  it("bob sees no link to it, and the page says he may not read it", async () => {
    const page = await fixture.newPage({ viewport: DESK });
    await page.goto(`${fixture.gatehouse.url}/connected-apps`);
    await signInOnPage(page, BOB);
    await page.getByRole("heading", { level: 1, name: "Connected apps" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Settings" });
    expect(await nav.getByRole("link", { name: "Connected apps" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Audit log" }).count()).toBe(0);
    await page.goto(`${fixture.gatehouse.url}/audit`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toBe(
      "Only owners and admins of Acme can read its audit log.",
    );
  });
});
