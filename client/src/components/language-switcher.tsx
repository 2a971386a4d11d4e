import { LOCALE_INFO, LOCALES, localeSchema } from "@gatehouse/shared";
import { useId } from "react";
import { useT } from "../hooks/use-intl.ts";
import { useLocaleStore } from "../stores/locale.ts";

/** The language of every page, each offered in its own name; the choice is remembered (docs/pages.md#languages). */
export function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const locale = useLocaleStore((state) => state.locale);
  const choose = useLocaleStore((state) => state.choose);
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const parsed = localeSchema.safeParse(event.target.value);
          if (parsed.success) choose(parsed.data);
        }}
      >
        {LOCALES.map((tag) => (
          <option key={tag} value={tag} lang={tag} dir={LOCALE_INFO[tag].dir}>
            {LOCALE_INFO[tag].name}
          </option>
        ))}
      </select>
    </div>
  );
}
