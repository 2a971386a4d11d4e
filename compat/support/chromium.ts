import { CHROMIUM_LAUNCH } from "@gatehouse/server/test-support/chromium";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, launched as the e2e journeys launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}
