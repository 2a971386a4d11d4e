import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en, type MessageKey, type Messages } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import type { Locale } from "./locales.ts";
import { ptBR } from "./pt-BR.ts";
import { ru } from "./ru.ts";
import { zhCN } from "./zh-CN.ts";

/** Every locale's catalogue, the SPA's and the mails' alike (docs/pages.md#languages). */
export const CATALOGUES: Record<Locale, Messages> = {
  en,
  de,
  fr,
  es,
  "pt-BR": ptBR,
  it,
  ja,
  "zh-CN": zhCN,
  ru,
  ar,
};

/** One message of a locale's catalogue, unformatted (ICU syntax): for the SPA's IntlProvider and tests. */
export function messageOf(locale: Locale, key: MessageKey): string {
  return CATALOGUES[locale][key];
}
