import { CATALOGUES, LOCALE_INFO, type Locale, messageOf } from "@gatehouse/shared";
import type { Page } from "playwright-core";

/**
 * Picks `to` in the footer's language select, found by its label in `from` (docs/pages.md#languages), and waits
 * for `<html lang dir>` to follow.
 */
export async function switchLanguage(page: Page, from: Locale, to: Locale): Promise<void> {
  await page
    .getByRole("combobox", { name: messageOf(from, "language.label"), exact: true })
    .selectOption({ label: LOCALE_INFO[to].name });
  await page.locator(`html[lang="${to}"][dir="${LOCALE_INFO[to].dir}"]`).waitFor({ state: "attached" });
}

/**
 * What `locale`'s catalogue says where English says `english`: one entry per key whose English message is exactly
 * that (several keys may share an English word). Empty while no key holds the words, i.e. before the page that
 * shows them is translated.
 */
export function translationsOf(locale: Locale, english: string): string[] {
  const keys = Object.entries(CATALOGUES.en)
    .filter(([, message]) => message === english)
    .map(([key]) => key as keyof (typeof CATALOGUES)["en"]);
  return [...new Set(keys.map((key) => CATALOGUES[locale][key]))];
}
