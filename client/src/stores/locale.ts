import { type Locale, localeSchema, matchLocale } from "@gatehouse/shared";
import { create } from "zustand";

/** Where the remembered choice of the language switcher is kept, in this browser only. */
export const REMEMBERED_LOCALE_KEY = "gatehouse.locale";

/** The sources of a language, strongest first (docs/pages.md#languages). */
type Source = "ui_locales" | "remembered" | "browser" | "default";

interface LocaleState {
  locale: Locale;
  source: Source;
  /** The switcher was used during this visit: its choice then also wins over an app's `ui_locales`. */
  chosenHere: boolean;
  /** The switcher: this language from now on, remembered; it also wins over the app's `ui_locales`. */
  choose: (locale: Locale) => void;
  /** The interaction's `ui_locales`, which the app asked for, wins over all but a choice made on this page. */
  askedByApp: (locale: Locale) => void;
  /** The operator's `DEFAULT_LOCALE`, used only when nothing stronger named a language. */
  serverDefault: (locale: Locale) => void;
}

function remembered(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(REMEMBERED_LOCALE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage blocked (private mode, policy): there is simply nothing remembered.
    return null;
  }
}

/** The remembered choice, else the browser's languages, else English until the server's default arrives. */
export function initialLocale(): { locale: Locale; source: Source } {
  const kept = remembered();
  if (kept) return { locale: kept, source: "remembered" };
  const browser = matchLocale(typeof navigator === "undefined" ? [] : navigator.languages);
  if (browser) return { locale: browser, source: "browser" };
  return { locale: "en", source: "default" };
}

/** The pages' language: `ui_locales`, then the remembered choice, then the browser's, then `DEFAULT_LOCALE`. */
export const useLocaleStore = create<LocaleState>((set, get) => ({
  ...initialLocale(),
  chosenHere: false,
  choose: (locale) => {
    try {
      window.localStorage.setItem(REMEMBERED_LOCALE_KEY, locale);
    } catch {
      // Not remembered across visits, but still chosen for this one.
    }
    // A choice made now is kept for the rest of the visit, even where an app asked for another language.
    set({ locale, source: "remembered", chosenHere: true });
  },
  askedByApp: (locale) => {
    if (get().chosenHere) return;
    set({ locale, source: "ui_locales" });
  },
  serverDefault: (locale) => {
    if (get().source === "default") set({ locale });
  },
}));
