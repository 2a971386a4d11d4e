import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { BOB, signInOnPage } from "../support/journey.ts";
import { checkPage } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest();

/**
 * A page whose browser holds a platform authenticator: Chromium's virtual authenticator over CDP,
 * with discoverable credentials and a user it always verifies (a screen lock that says yes).
 */
async function pageWithAuthenticator(): Promise<{ page: Page; presence: (on: boolean) => Promise<void> }> {
  const page = await fixture.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  // Whether the authenticator answers by itself, as a person touching it would.
  const presence = async (enabled: boolean) => {
    await cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled });
  };
  return { page, presence };
}

describe("Passkeys (docs/api.md#passkeys)", () => {
  it("registers a passkey on /account, signs in with it alone, and removes it", async () => {
    const { page, presence } = await pageWithAuthenticator();
    const { url } = fixture.gatehouse;
    await page.goto(`${url}/account`);
    await signInOnPage(page, BOB);
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    const passkeys = page.getByRole("region", { name: "Passkeys" });
    await passkeys.getByText("You have no passkeys yet.").waitFor();

    // Add one: a name, then the browser's own ceremony with the virtual authenticator.
    await passkeys.getByRole("button", { name: "Add a passkey" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a passkey" });
    await dialog.getByLabel("Passkey name").fill("This laptop");
    await checkPage(page, "passkeys-add-dialog");
    await dialog.getByRole("button", { name: "Continue" }).click();
    const row = passkeys.getByRole("listitem", { name: "This laptop" });
    await row.waitFor();
    expect(await row.getByText("Never").count()).toBe(1);
    await checkPage(page, "passkeys-account-list");

    // Sign out, then sign in with the passkey and no password. Nobody answers the email field's
    // passkey suggestion (conditional UI) until the button is pressed.
    await presence(false);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.goto(`${url}/account`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect(page.getByLabel("Email").getAttribute("autocomplete")).resolves.toBe("username webauthn");
    await checkPage(page, "passkeys-sign-in");
    await presence(true);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await row.waitFor();
    expect(await row.getByText("Never").count()).toBe(0);

    // Remove it, with the password asked again.
    await row.getByRole("button", { name: "Remove" }).click();
    const remove = page.getByRole("dialog", { name: "Remove passkey" });
    await remove.getByLabel("Current password").fill("not-the-password");
    await remove.getByRole("button", { name: "Remove passkey" }).click();
    await remove.getByRole("alert").filter({ hasText: "Incorrect password" }).waitFor();
    await checkPage(page, "passkeys-remove-wrong-password");
    await remove.getByLabel("Current password").fill(BOB.password);
    await remove.getByRole("button", { name: "Remove passkey" }).click();
    await passkeys.getByText("You have no passkeys yet.").waitFor();
    await checkPage(page, "passkeys-removed");
  });
});
