import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** The focused element as assistive technology meets it: its role and accessible name. */
export interface Focused {
  role: string;
  name: string;
}

/** The role and name of `document.activeElement`, read from its ARIA snapshot's first line (`- button "Allow"`). */
export async function focused(page: Page): Promise<Focused> {
  const snapshot = await page.locator(":focus").ariaSnapshot();
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.split("\n")[0] ?? "");
  if (!match) throw new Error(`no focused element, or one without a role: ${snapshot}`);
  return { role: match[1] ?? "", name: (match[2] ?? "").replaceAll('\\"', '"') };
}

/** Whether keyboard focus shows on the focused control: an outline or a box shadow (WCAG 2.4.7). */
export function focusRingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
  });
}

export const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has the focus, at most `limit` times, checking the focus ring of
 * every control the focus passes on the way; then the focused element's role and name.
 */
export async function tabTo(page: Page, target: Locator, key = "Tab", limit = 40): Promise<Focused> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    const control = await focused(page);
    expect(await focusRingShown(page), `a focus ring on ${control.role} "${control.name}"`).toBe(true);
    if (await isFocused(target)) return control;
  }
  throw new Error(`${limit} presses of ${key} never reached ${target}`);
}
