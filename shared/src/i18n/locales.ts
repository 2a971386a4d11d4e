import { z } from "zod";

/**
 * The languages the pages speak, as BCP 47 tags, first the fallback; discovery publishes them as
 * `ui_locales_supported` (docs/api.md#discovery). A catalogue added beside `en.ts` is added here.
 */
export const LOCALES = ["en", "de", "fr", "es", "pt-BR", "it", "ja", "zh-CN", "ru", "ar"] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** How a language is offered in the switcher (its own name) and which way its text runs. */
export const LOCALE_INFO: Record<Locale, { name: string; dir: "ltr" | "rtl" }> = {
  en: { name: "English", dir: "ltr" },
  de: { name: "Deutsch", dir: "ltr" },
  fr: { name: "Français", dir: "ltr" },
  es: { name: "Español", dir: "ltr" },
  "pt-BR": { name: "Português (Brasil)", dir: "ltr" },
  it: { name: "Italiano", dir: "ltr" },
  ja: { name: "日本語", dir: "ltr" },
  "zh-CN": { name: "简体中文", dir: "ltr" },
  ru: { name: "Русский", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
};

/**
 * The first of `tags` (most wanted first) that names a supported language: exactly, else by its
 * primary subtag ("de-AT" → "de", "pt" → "pt-BR"); null when none does.
 * @see OpenID Connect Core §3.1.2.1 (ui_locales), RFC 4647 §3.4 (lookup)
 */
export function matchLocale(tags: readonly string[]): Locale | null {
  for (const tag of tags) {
    const wanted = tag.trim().toLowerCase();
    if (wanted === "") continue;
    const exact = LOCALES.find((locale) => locale.toLowerCase() === wanted);
    if (exact) return exact;
    const primary = wanted.split("-")[0];
    const byLanguage = LOCALES.find((locale) => locale.toLowerCase().split("-")[0] === primary);
    if (byLanguage) return byLanguage;
  }
  return null;
}

/** `ui_locales`: space-separated tags, most wanted first. @see OpenID Connect Core §3.1.2.1 */
export function matchUiLocales(value: string): Locale | null {
  return matchLocale(value.split(" "));
}
