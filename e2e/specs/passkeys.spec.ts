import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpAuthenticatorApp } from "../support/authenticator.ts";
import { type CallbackListener, listenForCallbacks, notesIdTokenClaims } from "../support/demo-app.ts";
import { freshGatehouseEachTest } from "../support/fresh-gatehouse.ts";
import { authorizeLink, BOB, signInOnPage } from "../support/journey.ts";
import { DESK, viewports } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";

const fixture = freshGatehouseEachTest();

/**
 * A page whose browser holds a platform authenticator: Chromium's virtual authenticator over CDP,
 * with discoverable credentials and a user it always verifies (a screen lock that says yes).
 */
async function pageWithAuthenticator(
  viewport = DESK,
): Promise<{ page: Page; presence: (on: boolean) => Promise<void> }> {
  const page = await fixture.newPage({ viewport });
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

describe.each(viewports)("A passkey as the second factor at $width px (docs/api.md#passkeys)", (viewport) => {
  const px = `passkey-second-factor-${viewport.width}`;
  let callbacks: CallbackListener;
  beforeAll(async () => {
    callbacks = await listenForCallbacks();
  });
  afterAll(async () => {
    await callbacks?.close();
  });

  it('bob adds a passkey and an app, then signs in to Demo Notes with his password and "Use a passkey"; the ID token says pwd hwk mfa', async () => {
    const { page, presence } = await pageWithAuthenticator(viewport);
    const { url } = fixture.gatehouse;
    await page.goto(`${url}/account`);
    await signInOnPage(page, BOB);
    const passkeys = page.getByRole("region", { name: "Passkeys" });
    await passkeys.getByRole("button", { name: "Add a passkey" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a passkey" });
    await dialog.getByLabel("Passkey name").fill("This laptop");
    await dialog.getByRole("button", { name: "Continue" }).click();
    await passkeys.getByRole("listitem", { name: "This laptop" }).waitFor();
    await checkPage(page, `${px}-account`);
    // An authenticator app too: the second step then offers the code and the passkey side by side.
    const twoFactor = page.getByRole("region", { name: "Two-factor authentication" });
    await setUpAuthenticatorApp(page);
    await twoFactor.getByRole("button", { name: "Done" }).click();
    await twoFactor.getByText("10 recovery codes left").waitFor();

    // Signed out, to an app: the password, then the passkey. The sign-in page's passkey suggestion
    // (conditional UI) stays unanswered: the authenticator answers only once the button is pressed.
    await presence(false);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    const callback = callbacks.nextCallback();
    await page.goto(authorizeLink(url, { state: "with-passkey" }));
    await signInOnPage(page, BOB);
    await page.getByRole("heading", { level: 1, name: "Two-factor authentication" }).waitFor();
    await page.getByLabel("Authentication code").waitFor();
    await checkPage(page, `${px}-step`);
    await presence(true);
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await page.getByRole("button", { name: "Allow" }).click();
    const back = await callback;
    expect(back.searchParams.get("state")).toBe("with-passkey");
    expect((await notesIdTokenClaims(url, back)).amr).toEqual(["pwd", "hwk", "mfa"]);
  });
});
