import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { errorCodeSchema } from "../errors.ts";
import { SCOPE_NAMES } from "../scopes.ts";
import { CATALOGUES } from "./catalogues.ts";
import { en } from "./en.ts";
import { formatMessage } from "./format.ts";
import { LOCALE_INFO, LOCALES, matchLocale, matchUiLocales } from "./locales.ts";

/** The placeholders of a parsed message, nested ones included (`{name}`, `{count, plural, …}`). */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) placeholders(element.children, into);
  }
  return into;
}

const others = LOCALES.filter((locale) => locale !== "en");

/** Messages without words of any language: a name, or placeholders and punctuation (some languages space or widen it). */
const LANGUAGE_NEUTRAL = ["apps.list.heading", "consent.apps.scopeGroup", "apps.scopes.openidRow"];

/** Messages whose words a language shares with English, as its speakers write them. */
const SAME_WORD: Partial<Record<(typeof LOCALES)[number], string[]>> = {
  de: [
    "common.name",
    "account.passkeys.heading",
    "audit.person",
    "accountBar.portal",
    "people.row.status",
    "people.role.admin",
  ],
  es: ["accountBar.portal", "consent.error.heading"],
  fr: ["account.sessions.heading", "apps.form.description", "people.invitation.title"],
  it: ["common.email", "common.password", "account.password.heading", "accountBar.label"],
  "pt-BR": ["accountBar.portal", "people.row.status"],
};

describe("the message catalogues", () => {
  it("offer ten languages or more, one of them written right to left", () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(10);
    expect(LOCALES.some((locale) => LOCALE_INFO[locale].dir === "rtl")).toBe(true);
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(others)("%s has every key English has and no other", (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)("every %s message parses as ICU MessageFormat with English's placeholders", (locale) => {
    for (const [key, message] of Object.entries(CATALOGUES[locale])) {
      const parsed = parse(message, { requiresOtherClause: true });
      const english = parse(en[key as keyof typeof en]);
      expect({ key, names: [...placeholders(parsed)].sort() }).toEqual({
        key,
        names: [...placeholders(english)].sort(),
      });
    }
  });

  it.each(others)(
    "%s is a translation, not a copy of the English: every message alike is named here",
    (locale) => {
      const same = Object.entries(CATALOGUES[locale])
        .filter(([key, text]) => en[key as keyof typeof en] === text)
        .map(([key]) => key)
        .sort();
      // A new message left in English fails here, however short; one that really is the same word is added below.
      const allowed = new Set([...LANGUAGE_NEUTRAL, ...(SAME_WORD[locale] ?? [])]);
      expect(same.filter((key) => !allowed.has(key))).toEqual([]);
    },
  );

  it("has a sentence for every error code and a description for every scope", () => {
    for (const code of errorCodeSchema.options) expect(en[`error.${code}`]).toBeTruthy();
    for (const name of SCOPE_NAMES) expect(en[`scope.${name}`]).toBeTruthy();
  });

  it("formats counts with each language's plural rules", () => {
    expect(formatMessage("en", "account.twoFactor.codesLeft", { count: 1 })).toBe("1 recovery code left");
    expect(formatMessage("de", "account.twoFactor.codesLeft", { count: 3 })).toBe(
      "Noch 3 Wiederherstellungscodes",
    );
    expect(formatMessage("ru", "account.twoFactor.codesLeft", { count: 3 })).toBe(
      "Осталось 3 кода восстановления",
    );
    expect(formatMessage("ar", "account.twoFactor.codesLeft", { count: 2 })).toBe("تبقّى رمزا استرداد");
    expect(formatMessage("en", "mail.validity", { unit: "day", amount: 7 })).toBe(
      "The link works once, within 7 days.",
    );
  });
});

describe("matchLocale", () => {
  it("takes the first supported tag, exactly or by its language", () => {
    expect(matchLocale(["xx", "de-AT", "fr"])).toBe("de");
    expect(matchLocale(["pt"])).toBe("pt-BR");
    expect(matchLocale(["ZH-cn"])).toBe("zh-CN");
    expect(matchLocale(["tlh", ""])).toBeNull();
    expect(matchUiLocales("tlh ar-EG en")).toBe("ar");
  });
});
