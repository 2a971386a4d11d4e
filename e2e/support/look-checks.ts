import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot } from "./browser.ts";
import { switchLanguage } from "./language.ts";
import type { Look } from "./looks.ts";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./page-checks.ts";
import { expectNothingUntranslated } from "./untranslated.ts";

/** The relative luminance of the body's computed background (WCAG 2.2's definition), 0 black to 1 white. */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const channels =
      getComputedStyle(document.body)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const [red = 0, green = 0, blue = 0] = channels.map((channel) => {
      const unit = channel / 255;
      return unit <= 0.04045 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  });
}

/**
 * axe with WCAG 2.2 A/AA tags, no horizontal scrolling, a screenshot, and the scheme's own background. A page that
 * scrolls sideways fails the test without stopping the walk (like the untranslated words), so one run names every
 * such page, each with a screenshot of what overflows.
 */
async function checkOneLanguage(page: Page, look: Look, shot: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page, { label: shot });
  await screenshot(page, shot);
  const luminance = await bodyLuminance(page);
  if (look.colorScheme === "dark") expect(luminance, `${shot}: the body is dark`).toBeLessThan(0.05);
  else expect(luminance, `${shot}: the body is light`).toBeGreaterThan(0.8);
}

/**
 * A page's checks in English, then in Arabic picked with the footer's switcher (right to left, every word
 * translated but the `names` the test data typed), then back to English for the walk to go on
 * (docs/pages.md#themes, #languages). Screenshots `themes-{name}-{width}px-{scheme}[-ar]`.
 */
export async function checkLook(
  page: Page,
  look: Look,
  name: string,
  names: readonly string[],
): Promise<void> {
  const shot = `themes-${name}-${look.width}px-${look.colorScheme}`;
  await checkOneLanguage(page, look, shot);
  await switchLanguage(page, "en", "ar");
  await checkOneLanguage(page, look, `${shot}-ar`);
  await expectNothingUntranslated(page, `${name} at ${look.width}px`, names);
  await switchLanguage(page, "ar", "en");
}

/**
 * A modal dialog's checks in both languages. The page behind a modal `<dialog>` is inert, so its switcher is out
 * of reach: `open` shows the dialog by a locator that holds in either language, Escape closes it between the two.
 */
export async function checkDialogLook(
  page: Page,
  look: Look,
  name: string,
  names: readonly string[],
  open: () => Promise<void>,
): Promise<void> {
  const shot = `themes-${name}-${look.width}px-${look.colorScheme}`;
  const dialog = page.getByRole("dialog");
  for (const language of ["en", "ar"] as const) {
    await open();
    await dialog.waitFor();
    await checkOneLanguage(page, look, language === "en" ? shot : `${shot}-ar`);
    if (language === "ar") await expectNothingUntranslated(page, `${name} at ${look.width}px`, names);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await switchLanguage(page, language, language === "en" ? "ar" : "en");
  }
}
