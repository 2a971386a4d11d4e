import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { type CallbackListener, listenForCallbacks } from "../support/demo-app.ts";
import { ALICE, authorizeLink, signInOnPage } from "../support/journey.ts";
import { DESK, viewports } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

let gatehouse: RunningGatehouse;
let callbacks: CallbackListener;
let browser: Browser;

beforeAll(async () => {
  [callbacks, browser] = await Promise.all([listenForCallbacks(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await callbacks?.close();
});
beforeEach(async () => {
  gatehouse = await startGatehouse();
});
afterEach(async () => {
  await gatehouse?.stop();
});

/** Presses Tab until `target` has the focus, as a keyboard-only person would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 25; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the element never received the keyboard focus");
}

describe.each(viewports)("every page at $width px wide", (viewport) => {
  it("has no WCAG 2.2 A/AA violations and no horizontal scrolling: sign-in, chooser, consent, error", async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const suffix = `${viewport.width}px`;

    await page.goto(authorizeLink(gatehouse.url));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await checkPage(page, `a11y-sign-in-${suffix}`);

    await signInOnPage(page, ALICE);
    await page.getByRole("heading", { name: "Choose portal" }).waitFor();
    await checkPage(page, `a11y-choose-portal-${suffix}`);

    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("button", { name: "Allow" }).waitFor();
    await checkPage(page, `a11y-consent-${suffix}`);

    await page.goto(`${gatehouse.url}/oauth2/authorize?client_id=unknown`);
    await page.getByRole("heading", { name: "Error" }).waitFor();
    await checkPage(page, `a11y-error-${suffix}`);
    await context.close();
  });
});

describe("the keyboard alone", () => {
  it("signs in, chooses a portal and allows without a pointer", async () => {
    const context = await browser.newContext({ viewport: DESK });
    const page = await context.newPage();
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(gatehouse.url, { state: "keyboard" }));

    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await tabTo(page, page.getByLabel("Email"));
    await page.keyboard.type(ALICE.email);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type(ALICE.password);
    await page.keyboard.press("Enter");

    const globex = page.getByRole("button", { name: "Globex" });
    await globex.waitFor();
    await tabTo(page, globex);
    await page.keyboard.press("Enter");

    const allow = page.getByRole("button", { name: "Allow" });
    await allow.waitFor();
    await tabTo(page, allow);
    await page.keyboard.press("Enter");

    const back = await callback;
    expect(back.searchParams.get("state")).toBe("keyboard");
    expect(back.searchParams.get("code")).toEqual(expect.any(String));
    await context.close();
  });
});
