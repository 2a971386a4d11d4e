import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUES } from "./catalogues.ts";
import type { MessageKey } from "./en.ts";
import type { Locale } from "./locales.ts";

export type MessageValues = Record<string, string | number | Date>;

/**
 * A catalogue message formatted in `locale`: ICU plurals and selects, numbers and dates through `Intl`.
 * The server's mails use this; the SPA formats the same catalogues with react-intl (docs/pages.md#languages).
 */
export function formatMessage(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const formatted = new IntlMessageFormat(CATALOGUES[locale][key], locale).format(values);
  if (typeof formatted !== "string") throw new Error(`message ${key} did not format to text`);
  return formatted;
}
