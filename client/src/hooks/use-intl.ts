import { CATALOGUES, LOCALE_INFO, type Locale, type MessageKey } from "@gatehouse/shared";
import { useEffect } from "react";
import { createIntl, createIntlCache, type IntlShape } from "react-intl";
import { useLocaleStore } from "../stores/locale.ts";

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** One react-intl formatter per language, made once: messages, plurals, dates and numbers through `Intl`. */
export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale, defaultLocale: "en", messages: CATALOGUES[locale] }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/** The formatter of the page's current language (docs/pages.md#languages). */
export function useIntl(): IntlShape {
  return intlFor(useLocaleStore((state) => state.locale));
}

export type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** `t("account.heading")`: a catalogue message in the page's language, ICU placeholders filled from `values`. */
export function useT(): Translate {
  const intl = useIntl();
  return (key, values) => intl.formatMessage({ id: key }, values);
}

/** `<html lang dir>` follow the chosen language, so screen readers and right-to-left layout follow too. */
export function useDocumentLanguage(): void {
  const locale = useLocaleStore((state) => state.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = LOCALE_INFO[locale].dir;
  }, [locale]);
}
