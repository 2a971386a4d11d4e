import { Secret, TOTP } from "otpauth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { type CallbackListener, listenForCallbacks, notesIdTokenClaims } from "../support/demo-app.ts";
import { ALICE, authorizeLink, BOB, signInOnPage } from "../support/journey.ts";
import { viewports } from "../support/looks.ts";
import { checkPage } from "../support/page-checks.ts";
import { type RunningGatehouse, startGatehouse } from "../support/server.ts";

let callbacks: CallbackListener;
let browser: Browser;
let gatehouse: RunningGatehouse | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [callbacks, browser] = await Promise.all([listenForCallbacks(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await callbacks?.close();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await gatehouse?.stop();
  gatehouse = undefined;
});

/**
 * The app's codes, computed from the key the page shows, as a phone would (RFC 6238: SHA-1, 6 digits, 30 s).
 * `steps` ahead: a code that worked once never works again, so the next sign-in takes the following step,
 * which the server accepts for clock drift (docs/api.md#second-factors).
 */
function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** Reads the key under "Can't scan? Enter this key", confirms the first code, and returns the key and the codes. */
async function setUpAuthenticator(
  page: Page,
  shots: string,
): Promise<{ secret: string; recovery: string[] }> {
  await page.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
  await page.getByText("Can't scan? Enter this key").waitFor();
  const secret = (await page.getByText(/^[A-Z2-7]{32}$/).textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await checkPage(page, `${shots}-setup`);
  await page.getByLabel("Authentication code").fill(codeFor(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await list.waitFor();
  const recovery = (await list.getByRole("listitem").allTextContents()).map((code) => code.trim());
  expect(recovery).toHaveLength(10);
  for (const code of recovery) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  await checkPage(page, `${shots}-recovery-codes`);
  return { secret, recovery };
}

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  contexts.push(context);
  return context.newPage();
}

describe.each(viewports)(
  "Two-factor authentication at $width px (docs/api.md#second-factors)",
  (viewport) => {
    const px = `two-factor-${viewport.width}`;

    it("alice sets up an authenticator app on /account, signs in to an app with a code, then with a recovery code, then removes it", async () => {
      gatehouse = await startGatehouse();
      const { url } = gatehouse;
      const page = await newPage(viewport);

      // Set up on /account.
      await page.goto(`${url}/account`);
      await signInOnPage(page, ALICE);
      await page.getByRole("button", { name: "Acme" }).click();
      const section = page.getByRole("region", { name: "Two-factor authentication" });
      await section.getByRole("button", { name: "Set up authenticator app" }).click();
      const { secret, recovery } = await setUpAuthenticator(page, `${px}-account`);
      await section.getByRole("button", { name: "Done" }).click();
      await section.getByText(/on since/).waitFor();
      await section.getByText("10 recovery codes left").waitFor();
      await checkPage(page, `${px}-account-on`);
      await page.getByRole("region", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();

      // Sign in to Demo Notes: password, then a code; a wrong one first.
      const first = callbacks.nextCallback();
      await page.goto(authorizeLink(url, { state: "with-code" }));
      await signInOnPage(page, ALICE);
      await page.getByRole("heading", { level: 1, name: "Two-factor authentication" }).waitFor();
      await checkPage(page, `${px}-second-factor`);
      await page.getByLabel("Authentication code").fill("000000");
      await page.getByRole("button", { name: "Verify" }).click();
      await page.getByRole("alert").filter({ hasText: "That code didn't work" }).waitFor();
      expect(await page.getByLabel("Authentication code").getAttribute("aria-invalid")).toBe("true");
      await checkPage(page, `${px}-second-factor-refused`);
      await page.getByLabel("Authentication code").fill(codeFor(secret, 1));
      await page.getByRole("button", { name: "Verify" }).click();
      await page.getByRole("button", { name: "Acme" }).click();
      await page.getByRole("button", { name: "Allow" }).click();
      const back = await first;
      expect(back.searchParams.get("state")).toBe("with-code");
      expect(await notesIdTokenClaims(url, back)).toMatchObject({
        amr: expect.arrayContaining(["pwd", "otp", "mfa"]),
      });

      // Again in a fresh browser, with a recovery code; it works once.
      const other = await newPage(viewport);
      const second = callbacks.nextCallback();
      await other.goto(authorizeLink(url, { state: "with-recovery", prompt: "consent" }));
      await signInOnPage(other, ALICE);
      await other.getByRole("link", { name: "Use a recovery code" }).click();
      await other.getByLabel("Recovery code").fill(recovery[0] ?? "");
      await checkPage(other, `${px}-recovery-code`);
      await other.getByRole("button", { name: "Verify" }).click();
      await other.getByRole("button", { name: "Acme" }).click();
      await other.getByRole("button", { name: "Allow" }).click();
      expect((await second).searchParams.get("state")).toBe("with-recovery");

      // A used recovery code never works again; the next one does. Then the app is removed, with the password.
      const third = await newPage(viewport);
      const settings = third.getByRole("region", { name: "Two-factor authentication" });
      await third.goto(`${url}/account`);
      await signInOnPage(third, ALICE);
      await third.getByRole("link", { name: "Use a recovery code" }).click();
      await third.getByLabel("Recovery code").fill(recovery[0] ?? "");
      await third.getByRole("button", { name: "Verify" }).click();
      await third.getByRole("alert").filter({ hasText: "That code didn't work" }).waitFor();
      await third.getByLabel("Recovery code").fill(recovery[1] ?? "");
      await third.getByRole("button", { name: "Verify" }).click();
      await third.getByRole("button", { name: "Acme" }).click();
      await settings.getByText("8 recovery codes left").waitFor();
      await settings.getByRole("button", { name: "Remove" }).click();
      const dialog = third.getByRole("dialog", { name: "Remove authenticator app" });
      await dialog.getByLabel("Password").fill(ALICE.password);
      await checkPage(third, `${px}-remove`);
      await dialog.getByRole("button", { name: "Remove" }).click();
      await settings.getByRole("button", { name: "Set up authenticator app" }).waitFor();
      await third.getByRole("region", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
      await signInOnPage(third, ALICE);
      await third.getByRole("heading", { level: 1, name: "Choose portal" }).waitFor();
    });

    it("an owner requires two-factor authentication, and bob sets it up at his next sign-in before consent", async () => {
      gatehouse = await startGatehouse();
      const { url } = gatehouse;
      const owner = await newPage(viewport);
      await owner.goto(`${url}/people`);
      await signInOnPage(owner, ALICE);
      await owner.getByRole("button", { name: "Acme" }).click();
      const policy = owner.getByRole("checkbox", {
        name: "Require two-factor authentication for everyone on this portal",
      });
      const saved = owner.waitForResponse(
        (response) => response.url() === `${url}/api/portal` && response.request().method() === "PATCH",
      );
      await policy.check();
      expect((await saved).status()).toBe(200);
      expect(await policy.isChecked()).toBe(true);
      await checkPage(owner, `${px}-people-policy`);

      const page = await newPage(viewport);
      const callback = callbacks.nextCallback();
      await page.goto(authorizeLink(url, { state: "required" }));
      await signInOnPage(page, BOB);
      await page.getByRole("heading", { level: 1, name: "Set up two-factor authentication" }).waitFor();
      // A reload in the middle of the set-up comes back to it, not to a code it cannot have yet.
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Set up two-factor authentication" }).waitFor();
      await page.getByText(/requires two-factor authentication for everyone/).waitFor();
      expect(await page.getByRole("button", { name: "Verify" }).count()).toBe(0);
      await setUpAuthenticator(page, `${px}-required`);
      await page.getByRole("button", { name: "Done" }).click();
      await page.getByRole("button", { name: "Allow" }).click();
      expect((await callback).searchParams.get("state")).toBe("required");
    });
  },
);
