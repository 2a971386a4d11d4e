import { LOCALE_INFO, LOCALES } from "@gatehouse/shared";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { REMEMBERED_LOCALE_KEY, useLocaleStore } from "../stores/locale.ts";
import { Layout } from "./layout.tsx";

afterEach(() => {
  useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
  window.localStorage.clear();
});

describe("LanguageSwitcher in every page's frame (docs/pages.md#languages)", () => {
  it("offers every language by its own name in a labelled select", () => {
    render(<Layout>page</Layout>);
    const select = screen.getByRole("combobox", { name: "Language" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(LOCALES.map((locale) => LOCALE_INFO[locale].name));
    expect(select).toHaveValue("en");
  });

  it("turns the page, <html lang> and <html dir> to the chosen language and remembers it", async () => {
    const user = userEvent.setup();
    render(<Layout>page</Layout>);
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");

    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "العربية");
    expect(document.documentElement).toHaveAttribute("lang", "ar");
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(
      screen.getByText("لا يشارك Gatehouse كلمة مرورك أبدًا مع التطبيقات التي تسجّل الدخول إليها."),
    ).toBeVisible();
    expect(window.localStorage.getItem(REMEMBERED_LOCALE_KEY)).toBe("ar");

    await user.selectOptions(screen.getByRole("combobox", { name: "اللغة" }), "Deutsch");
    expect(document.documentElement).toHaveAttribute("lang", "de");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    expect(screen.getByRole("combobox", { name: "Sprache" })).toHaveValue("de");
  });
});

describe("the language store's order (docs/pages.md#languages)", () => {
  it("lets the app's ui_locales win over the browser, a choice made here over ui_locales, DEFAULT_LOCALE only over nothing", () => {
    const store = useLocaleStore.getState();
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    store.serverDefault("ja");
    expect(useLocaleStore.getState().locale).toBe("ja");

    useLocaleStore.setState({ locale: "fr", source: "browser", chosenHere: false });
    store.serverDefault("ja");
    expect(useLocaleStore.getState().locale).toBe("fr");
    store.askedByApp("ar");
    expect(useLocaleStore.getState().locale).toBe("ar");

    store.choose("ru");
    store.askedByApp("ar");
    expect(useLocaleStore.getState().locale).toBe("ru");
  });
});
