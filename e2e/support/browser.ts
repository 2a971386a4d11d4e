import { mkdir } from "node:fs/promises";
import path from "node:path";
import { CHROMIUM_LAUNCH } from "@gatehouse/server/test-support/chromium";
import { type Browser, chromium, type Page } from "playwright-core";
import { screenshotDir } from "./paths.ts";

/** Debian's Chromium, headless (server/test-support/chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

/** Saves a full-page screenshot as e2e/screenshots/{name}.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
