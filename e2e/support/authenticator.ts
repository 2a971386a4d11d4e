import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";

/**
 * On Your account: "Set up authenticator app", the key read from "Can't scan? Enter this key", its current code
 * confirmed; resolves with the key once the recovery codes show (docs/pages.md#second-factors).
 */
export async function setUpAuthenticatorApp(page: Page): Promise<string> {
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByRole("button", { name: "Set up authenticator app" }).click();
  const secret = (await page.getByText(/^[A-Z2-7]{32}$/).textContent())?.trim() ?? "";
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  await page.getByLabel("Authentication code").fill(totp.generate());
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("list", { name: "Recovery codes" }).waitFor();
  return secret;
}
