import { CATALOGUES, en, type Locale, type MessageKey } from "@gatehouse/shared";
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listClients } from "../api/clients.ts";
import { paths } from "../paths.ts";
import { useLocaleStore } from "../stores/locale.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderRoutes } from "../test-routes.tsx";
import { alice, alicePortals, demoMobileClient, demoNotesClient } from "../test-support.ts";
import { DeveloperToolsPage } from "./developer-tools.tsx";
import { RegisterAppPage } from "./register-app.tsx";

vi.mock("../api/clients.ts");

/**
 * No English sentence of the area (`apps.*`) is left on the page: every message without a placeholder whose
 * translation differs from the English (a name such as "OAuth 2.0" reads the same) is absent from the page's text.
 */
function expectNoEnglish(locale: Locale) {
  const text = document.body.textContent ?? "";
  const left = (Object.entries(en) as [MessageKey, string][]).filter(
    ([key, english]) =>
      key.startsWith("apps.") &&
      !english.includes("{") &&
      CATALOGUES[locale][key] !== english &&
      text.includes(english),
  );
  expect(left).toEqual([]);
}

/** The person chose `locale` with the switcher, as in this browser's footer. */
function speak(locale: Locale) {
  useLocaleStore.getState().choose(locale);
}

function renderList() {
  return renderRoutes(paths.developerTools, { [paths.developerTools]: <DeveloperToolsPage /> }).user;
}

function renderForm() {
  return renderRoutes(paths.registerApp, { [paths.registerApp]: <RegisterAppPage /> }).user;
}

describe("Developer tools in other languages (docs/pages.md#languages)", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: alice, portals: alicePortals });
    vi.mocked(listClients).mockResolvedValue([demoNotesClient, { ...demoMobileClient, enabled: false }]);
  });
  afterEach(() => {
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    window.localStorage.clear();
  });

  it("lists the apps in German: heading, intro with the portal, row badges and buttons", async () => {
    speak("de");
    renderList();

    const notes = await screen.findByRole("listitem", { name: "Demo Notes" });
    expect(screen.getByRole("heading", { level: 1, name: "OAuth 2.0" })).toBeInTheDocument();
    expect(screen.getByText("Entwicklertools")).toBeInTheDocument();
    expect(screen.getByText(/Hier registrierte Apps gehören zu Acme\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Neue Anwendung registrieren" })).toBeInTheDocument();
    expect(within(notes).getByRole("switch", { name: "Aktiviert" })).toBeChecked();
    expect(within(notes).getByText("Vertraulicher Client")).toBeInTheDocument();
    expect(within(notes).getByRole("button", { name: "Secret neu erzeugen" })).toBeInTheDocument();
    expect(within(notes).getByRole("button", { name: "Client-ID kopieren" })).toBeInTheDocument();
    const mobile = screen.getByRole("listitem", { name: "Demo Mobile" });
    expect(within(mobile).getByText("Öffentlicher Client (PKCE)")).toBeInTheDocument();
    expect(within(mobile).getByText("Deaktiviert")).toBeInTheDocument();
    expect(within(mobile).getByRole("button", { name: "Bearbeiten" })).toBeInTheDocument();
    expect(within(mobile).getByRole("button", { name: "Löschen" })).toBeInTheDocument();
    expectNoEnglish("de");
  });

  it("asks before deleting, in Arabic", async () => {
    speak("ar");
    const user = renderList();

    const notes = await screen.findByRole("listitem", { name: "Demo Notes" });
    expect(screen.getByRole("heading", { level: 1, name: "OAuth 2.0" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "تسجيل تطبيق جديد" })).toBeInTheDocument();
    await user.click(within(notes).getByRole("button", { name: "حذف" }));
    const dialog = screen.getByRole("dialog", { name: "هل تريد حذف Demo Notes؟" });
    expect(within(dialog).getByRole("button", { name: "حذف التطبيق" })).toBeInTheDocument();
    expect(dialog).toHaveTextContent("كل من سمح لـ Demo Notes يفقد هذا الإذن");
    expectNoEnglish("ar");
  });

  it("shows the register form in German, its icon picker, and a refusal in German next to its field", async () => {
    speak("de");
    const user = renderForm();

    expect(
      screen.getByRole("heading", { level: 1, name: "Neue Anwendung registrieren" }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Grundangaben",
      "Anmeldung",
      "Zugriff",
      "Portale",
      "Rechtliches",
    ]);
    for (const label of [
      "Name der App",
      "Website-URL",
      "App-Symbol",
      "Beschreibung",
      "Öffentlichen Client zulassen (PKCE)",
      "Weiterleitungs-URLs",
      "Zulässige Ursprünge",
      "Signaturalgorithmus des ID-Tokens",
      "Für andere Portale verfügbar",
      "URL der Datenschutzerklärung",
      "URL der Nutzungsbedingungen",
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    // The picker: a hidden file input named by the field's label and the visible "button", and what is chosen.
    const icon = screen.getByLabelText("Symbol auswählen");
    expect(icon).toBe(screen.getByLabelText("App-Symbol"));
    expect(icon).toHaveAttribute("type", "file");
    expect(icon).toHaveAccessibleDescription(/^Kein Symbol ausgewählt /);
    expect(screen.getByRole("group", { name: "Zugriffsbereiche" })).toHaveTextContent(
      "Schreiben: Alle Dateien und Ordner ansehen und verwalten",
    );
    expect(screen.getByRole("option", { name: "RS256 (RSA, der OpenID-Standard)" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Speichern" }));

    const name = screen.getByLabelText("Name der App");
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(
      "3 bis 256 Zeichen, wird Personen auf der Zustimmungsseite angezeigt. Der Name der App muss 3–256 Zeichen lang sein",
    );
    expect(icon).toHaveAccessibleDescription(/Wählen Sie ein App-Symbol aus$/);
    expect(screen.getByLabelText("Zulässige Ursprünge")).toHaveAccessibleDescription(
      /Fügen Sie mindestens einen zulässigen Ursprung hinzu$/,
    );
    expect(screen.getByRole("checkbox", { name: "openid" })).toHaveAccessibleDescription(
      /Wählen Sie mindestens einen Zugriffsbereich aus$/,
    );
    expectNoEnglish("de");
  });

  it("shows the register form in Arabic, with a list's refusal in Arabic", async () => {
    speak("ar");
    const user = renderForm();

    expect(screen.getByRole("heading", { level: 1, name: "تسجيل تطبيق جديد" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "المعلومات الأساسية" })).toBeInTheDocument();
    expect(screen.getByLabelText("اسم التطبيق")).toBeInTheDocument();
    expect(screen.getByLabelText("اختيار أيقونة")).toHaveAttribute("type", "file");
    expect(screen.getByRole("button", { name: "حفظ" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "إلغاء" })).toBeInTheDocument();

    const redirects = screen.getByLabelText("عناوين URL لإعادة التوجيه");
    await user.type(redirects, "http://example.com/cb{Enter}");

    expect(redirects).toHaveAttribute("aria-invalid", "true");
    expect(redirects).toHaveAccessibleDescription(
      /يجب أن يستخدم عنوان URL لإعادة التوجيه https \(وhttp فقط لـ localhost أو 127\.0\.0\.1\)$/,
    );
    expectNoEnglish("ar");
  });
});
