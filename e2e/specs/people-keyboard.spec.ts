import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { ALICE, signInOnPage } from "../support/journey.ts";
import { DESK } from "../support/looks.ts";

const fixture = freshGatehouseEachTest();

/** Alice signed in on acme at `path`, in a fresh store. */
async function aliceOn(path: string): Promise<Page> {
  const page = await fixture.newPage({ viewport: DESK });
  await page.goto(`${fixture.gatehouse.url}${path}`);
  await signInOnPage(page, ALICE);
  await page.getByRole("button", { name: "Acme" }).click();
  return page;
}

const isFocused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((element) => element === document.activeElement);

describe("People and Your account with the keyboard alone (docs/pages.md#people)", () => {
  it("invites a person: opens the dialog, types the email, sends it with Enter, closes it", async () => {
    const page = await aliceOn("/people");
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();

    await page.getByRole("button", { name: "Invite people" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Invite people to Acme" });
    await dialog.waitFor();
    await dialog.getByLabel("Email").focus();
    await page.keyboard.type("erin@example.com");
    await page.keyboard.press("Enter");

    const invited = page.getByRole("dialog", { name: "erin@example.com is invited" });
    await invited.waitFor();
    expect(await invited.getByText("/invite#").count()).toBeGreaterThan(0);
    await invited.getByRole("button", { name: "Done" }).focus();
    await page.keyboard.press("Enter");
    await invited.waitFor({ state: "detached" });
    await page.getByRole("listitem", { name: /erin@example\.com/ }).waitFor();
  });

  it("renames the account with the keyboard, and an empty name keeps the focus on the field", async () => {
    const page = await aliceOn("/account");
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();

    await page.getByLabel("Name", { exact: true }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    await expect.poll(() => isFocused(page, "Name")).toBe(true);
    expect(await page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");

    await page.keyboard.type("Alice Keys");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBeNull();
    await page.reload();
    await expect.poll(() => page.getByLabel("Name", { exact: true }).inputValue()).toBe("Alice Keys");
  });
});
