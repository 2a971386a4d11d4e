import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, authorizeLink, BOB, SEED_NAMES } from "../support/journey.ts";
import { type Focused, focused, focusRingShown, isFocused, tabTo } from "../support/keyboard.ts";
import { translationsOf } from "../support/language.ts";
import { DESK, PHONE } from "../support/looks.ts";
import { expectNothingUntranslated } from "../support/untranslated.ts";

// docs/pages.md#accessibility: the journeys with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape), never
// a click; after each step the focused element's role and name, and a visible focus ring on each control.

const fixture = freshGatehouseEachTest({ callbacks: true });

/** The focused element is `role` named `english`, and shows its focus ring. */
async function expectFocusOn(page: Page, role: string, english: string): Promise<void> {
  await expect.poll(() => focused(page)).toEqual({ role, name: english });
  if (role !== "heading")
    expect(await focusRingShown(page), `a focus ring on ${role} "${english}"`).toBe(true);
}

/**
 * In Arabic: the focused element `now` is `role` and named as the Arabic catalogue says where English says
 * `english`. A name not yet in the catalogue, or not yet on the page, fails the test, which still goes on to the
 * end of the journey (so one run reports every such name).
 */
function expectArabicName(now: Focused, role: string, english: string): void {
  expect(now.role).toBe(role);
  const arabic = translationsOf("ar", english);
  expect.soft(arabic, `the Arabic catalogue's words for "${english}"`).not.toEqual([]);
  if (arabic.length > 0) expect.soft(arabic, `the focused ${role}'s name`).toContain(now.name);
}

/** Types the credentials: the keyboard starts in Email; Tab to Password; Enter sends the form. */
async function signInByKeyboard(page: Page, person: { email: string; password: string }): Promise<void> {
  await expect.poll(() => isFocused(page.locator("input[type=email]"))).toBe(true);
  expect(await focusRingShown(page), "a focus ring on Email").toBe(true);
  await page.keyboard.type(person.email);
  await tabTo(page, page.locator("input[type=password]"));
  await page.keyboard.type(person.password);
  await page.keyboard.press("Enter");
}

async function pressOn(page: Page, target: Locator, key: "Enter" | "Space", back = false): Promise<Focused> {
  const now = await tabTo(page, target, back ? "Shift+Tab" : "Tab");
  await page.keyboard.press(key);
  return now;
}

describe("the sign-in journey with the keyboard alone", () => {
  it("signs in, chooses Acme and allows, ending at the app's callback with a code", async () => {
    const page = await fixture.newPage({ viewport: DESK, locale: "en-US" });
    await page.goto(authorizeLink(fixture.gatehouse.url, { state: "keys-en" }));
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expectFocusOn(page, "textbox", "Email");
    await page.keyboard.type(ALICE.email);
    await tabTo(page, page.getByLabel("Password", { exact: true }));
    await page.keyboard.type(ALICE.password);
    expect(await tabTo(page, page.getByRole("button", { name: "Show password" }))).toEqual({
      role: "button",
      name: "Show password",
    });
    const signIn = page.getByRole("button", { name: "Sign in", exact: true });
    expect(await pressOn(page, signIn, "Enter")).toEqual({ role: "button", name: "Sign in" });

    await expectFocusOn(page, "heading", "Choose portal");
    const acme = page.getByRole("button", { name: "Acme" });
    expect(await pressOn(page, acme, "Space")).toEqual({ role: "button", name: "Acme" });

    await page.getByRole("button", { name: "Allow" }).waitFor();
    expect((await focused(page)).role).toBe("heading");
    const callback = fixture.callbacks.nextCallback();
    expect(await pressOn(page, page.getByRole("button", { name: "Allow" }), "Enter")).toEqual({
      role: "button",
      name: "Allow",
    });
    const back = await callback;
    expect(back.searchParams.get("code")).toMatch(/.{16,}/);
    expect(back.searchParams.get("state")).toBe("keys-en");
    expect(back.searchParams.get("error")).toBeNull();
  });

  it("in Arabic (ui_locales=ar): signs in, chooses Acme and denies, ending with access_denied", async () => {
    const page = await fixture.newPage({ viewport: PHONE, locale: "en-US" });
    await page.goto(authorizeLink(fixture.gatehouse.url, { state: "keys-ar", ui_locales: "ar" }));
    await page.locator("html[lang=ar][dir=rtl]").waitFor({ state: "attached" });
    await page.locator("input[type=email]").waitFor();
    expectArabicName(await focused(page), "textbox", "Email");
    await expectNothingUntranslated(page, "sign-in (keyboard, ar)", SEED_NAMES);
    await signInByKeyboard(page, ALICE);

    // The chooser's heading, then the portal, whose name is the portal's in every language.
    await page.getByRole("button", { name: "Acme" }).waitFor();
    await expect.poll(async () => (await focused(page)).role).toBe("heading");
    expectArabicName(await focused(page), "heading", "Choose portal");
    expect(await pressOn(page, page.getByRole("button", { name: "Acme" }), "Enter")).toEqual({
      role: "button",
      name: "Acme",
    });

    // Consent's answers are its action bar's two buttons, Deny first (client/src/features/interaction/consent-step.tsx).
    const deny = page.locator(".consent-actions button").first();
    await deny.waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const callback = fixture.callbacks.nextCallback();
    expectArabicName(await pressOn(page, deny, "Space"), "button", "Deny");
    const back = await callback;
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("state")).toBe("keys-ar");
    expect(back.searchParams.get("code")).toBeNull();
  });
});

describe("the settings pages with the keyboard alone", () => {
  it("moves through the Settings navigation; Escape closes a confirmation and the account menu, back to the opener", async () => {
    const page = await fixture.newPage({ viewport: DESK, locale: "en-US" });
    await page.goto(`${fixture.gatehouse.url}/people`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await signInByKeyboard(page, ALICE);
    await expectFocusOn(page, "heading", "Choose portal");
    await pressOn(page, page.getByRole("button", { name: "Acme" }), "Enter");
    await expectFocusOn(page, "heading", "People");

    // The navigation sits before the page's heading: Shift+Tab reaches it, Enter opens the page on its heading.
    const settings = page.getByRole("navigation", { name: "Settings" });
    const pages = [
      ["Developer tools", "OAuth 2.0"],
      ["Connected apps", "Connected apps"],
      ["Audit log", "Audit log"],
      ["Your account", "Your account"],
      ["People", "People"],
    ] as const;
    for (const [link, heading] of pages) {
      const now = await pressOn(page, settings.getByRole("link", { name: link, exact: true }), "Enter", true);
      expect(now).toEqual({ role: "link", name: link });
      await expectFocusOn(page, "heading", heading);
    }

    // A confirmation dialog: Escape closes it and the keyboard is back on Remove.
    const remove = page
      .getByRole("listitem", { name: /^Bob Example/ })
      .getByRole("button", { name: "Remove" });
    const opener = await pressOn(page, remove, "Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect((await focused(page)).role).not.toBe("heading");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focused(page)).toEqual(opener);
    expect(await isFocused(remove)).toBe(true);

    // bob joins with "Use another account" on the bar; then the bar's account menu opens and Escape closes it.
    const bar = page.getByRole("region", { name: "Account" });
    await pressOn(page, bar.getByRole("button", { name: "Use another account" }), "Enter", true);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await signInByKeyboard(page, BOB);
    const switchAccount = bar.getByRole("button", { name: "Switch account" });
    await switchAccount.waitFor();
    expect(await pressOn(page, switchAccount, "Enter", true)).toEqual({
      role: "button",
      name: "Switch account",
    });
    expect(await switchAccount.getAttribute("aria-expanded")).toBe("true");
    await tabTo(page, page.getByRole("button", { name: "Acme — alice@example.com" }));
    await page.keyboard.press("Escape");
    await expect.poll(() => switchAccount.getAttribute("aria-expanded")).toBe("false");
    await expectFocusOn(page, "button", "Switch account");
  });
});
