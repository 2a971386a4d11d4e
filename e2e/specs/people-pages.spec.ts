import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { ALICE, signInOnPage } from "../support/journey.ts";
import { type Look, looks } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";
import { newPassword, setupLinkIn } from "../support/people.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

let browser: Browser;
let gatehouse: RunningGatehouse | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await gatehouse?.stop();
  gatehouse = undefined;
});

async function newPage(look: Look): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: look.width, height: look.height },
    colorScheme: look.colorScheme,
  });
  contexts.push(context);
  return context.newPage();
}

describe.each(looks)("the people pages at $width px, $colorScheme", (look) => {
  const suffix = `${look.width}px-${look.colorScheme}`;

  // Four pages and four dialogs, each checked by axe: longer than one journey's default minute.
  it("People, its dialogs, Your account and the one-time links have no axe violation and fit the screen", {
    timeout: 180_000,
  }, async () => {
    gatehouse = await startGatehouse();
    const { url } = gatehouse;
    const page = await newPage(look);

    await page.goto(`${url}/people`);
    await signInOnPage(page, ALICE);
    await page.getByRole("button", { name: "Acme" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    const bob = page.getByRole("listitem", { name: /^Bob Example/ });
    await bob.waitFor();
    await checkPage(page, `people-list-${suffix}`);

    await page.getByRole("button", { name: "Invite people" }).click();
    const invite = page.getByRole("dialog", { name: "Invite people to Acme" });
    await invite.getByLabel("Email").fill("dana@example.com");
    await invite.getByRole("radio", { name: "Admin" }).check();
    await checkPage(page, `people-invite-${suffix}`);
    await invite.getByRole("button", { name: "Invite", exact: true }).click();
    const invited = page.getByRole("dialog", { name: "dana@example.com is invited" });
    const invitationLink = await invited.getByLabel("Invitation link", { exact: true }).inputValue();
    await checkPage(page, `people-invited-${suffix}`);
    await invited.getByRole("button", { name: "Done" }).click();

    await bob.getByRole("button", { name: "Change role" }).click();
    await page.getByRole("dialog", { name: "Change the role of Bob Example" }).waitFor();
    await checkPage(page, `people-role-${suffix}`);
    await page.getByRole("button", { name: "Cancel" }).click();

    await bob.getByRole("button", { name: "Make reset link" }).click();
    await page.getByRole("button", { name: "Make link" }).click();
    const reset = page.getByRole("dialog", { name: "Password reset link for Bob Example" });
    const resetLink = await reset.getByLabel("Reset link", { exact: true }).inputValue();
    await checkPage(page, `people-reset-link-${suffix}`);
    await reset.getByRole("button", { name: "Done" }).click();

    await page.getByRole("link", { name: "Your account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.getByRole("region", { name: "Sessions" }).getByText("This browser").waitFor();
    await checkPage(page, `account-${suffix}`);
    await page.getByLabel("New password").fill("alice-example");
    await page.getByText("The password must not contain your email address").first().waitFor();
    await checkPage(page, `account-password-rule-${suffix}`);

    // Someone else's browser opens the links.
    const stranger = await newPage(look);
    await stranger.goto(invitationLink);
    await stranger.getByRole("heading", { level: 1, name: "Join Acme" }).waitFor();
    await stranger.getByLabel("Name", { exact: true }).waitFor();
    expect(new URL(stranger.url()).hash).toBe("");
    await checkPage(stranger, `invite-${suffix}`);

    await stranger.goto(resetLink);
    await stranger.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await checkPage(stranger, `reset-password-${suffix}`);
    await stranger.getByLabel("New password").fill(newPassword());
    await stranger.getByRole("button", { name: "Set new password" }).click();
    await stranger.getByRole("heading", { level: 1, name: "Your password was changed" }).waitFor();
    await checkPage(stranger, `reset-password-done-${suffix}`);

    await stranger.goto(`${url}/invite#${"A".repeat(43)}`);
    await stranger.getByRole("heading", { level: 1, name: "This invitation link no longer works" }).waitFor();
    await checkPage(stranger, `invite-dead-${suffix}`);

    await stranger.goto(`${url}/forgot-password`);
    await stranger.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await checkPage(stranger, `forgot-password-${suffix}`);
    await stranger.getByLabel("Email").fill("nobody@example.com");
    await stranger.getByRole("button", { name: "Send reset link" }).click();
    await stranger.getByRole("heading", { level: 1, name: "Check your mail" }).waitFor();
    await checkPage(stranger, `forgot-password-sent-${suffix}`);
  });

  it("the setup page has no axe violation and fits the screen", async () => {
    gatehouse = await startGatehouse({ SEED: "none", LOG_LEVEL: "info" });
    const page = await newPage(look);
    await page.goto(setupLinkIn(await gatehouse.waitForOutput(/\/setup#/)));
    await page.getByRole("heading", { level: 1, name: "Set up Gatehouse" }).waitFor();
    await page.getByLabel("Password", { exact: true }).fill("initech");
    await checkPage(page, `setup-${suffix}`);
  });
});
