import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot } from "./browser.ts";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** `soft`: the failure, named by `soft.label`, fails the test without stopping it (vitest's expect.soft). */
export async function expectNoHorizontalScroll(page: Page, soft?: { label: string }): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (soft) expect.soft(overflow, `${soft.label}: pixels scrolled sideways`).toBeLessThanOrEqual(0);
  else expect(overflow).toBeLessThanOrEqual(0);
}

/** docs/pages.md#accessibility: no axe violation, no horizontal scrolling, and a screenshot to look at. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name);
}
