import { type Consent, en, type Locale } from "@gatehouse/shared";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listConsents } from "../api/consents.ts";
import { ConsentStep } from "../features/interaction/consent-step.tsx";
import { useLocaleStore } from "../stores/locale.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderRoutes } from "../test-routes.tsx";
import { alice, alicePortals, demoNotes, demoScopes, interactionAt } from "../test-support.ts";
import { ConnectedAppsPage } from "./connected-apps.tsx";
import { ErrorPage } from "./error.tsx";
import { NotFoundPage } from "./not-found.tsx";

vi.mock("../api/consents.ts");
vi.mock("../api/interactions.ts");
vi.mock("../api/session.ts");

/** The English sentences of this area and of the scope catalogue that name nothing (no `{…}`, no tag). */
const ENGLISH = Object.entries(en)
  .filter(([key, text]) => (key.startsWith("consent.") || key.startsWith("scope.")) && !/[{<]/.test(text))
  .map(([, text]) => text);

/** No English sentence of this area is left on the page. */
function expectNoEnglish(): void {
  const text = document.body.textContent ?? "";
  expect(ENGLISH.filter((sentence) => text.includes(sentence))).toEqual([]);
}

function speak(locale: Locale): void {
  useLocaleStore.setState({ locale, source: "remembered", chosenHere: true });
}

function renderConsent(scopes = demoScopes): void {
  render(
    <ConsentStep interaction={interactionAt("consent", { scopes })} onProgress={vi.fn(async () => {})} />,
  );
}

const notesConsent: Consent = {
  client: demoNotes,
  scopes: ["accounts.self:read", "files:write", "openid"],
  granted_at: "2026-12-01T10:00:00.000Z",
};

beforeEach(() => useSessionStore.getState().signedIn({ user: alice, portals: alicePortals }));
afterEach(() => {
  useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
  window.localStorage.clear();
});

describe("the consent page in other languages (docs/pages.md#languages)", () => {
  it("speaks German: the heading names app and portal, scope groups and descriptions from the catalogue", () => {
    speak("de");
    renderConsent();

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Demo Notes möchte auf Ihr Konto bei Acme zugreifen",
    );
    expect(screen.getByRole("img", { name: "Symbol von Demo Notes" })).toBeInTheDocument();
    const items = within(screen.getByRole("list", { name: "Damit darf Demo Notes:" })).getAllByRole(
      "listitem",
    );
    expect(items.map((item) => item.textContent)).toEqual([
      "ProfilGrundlegende Informationen zu Ihrem Profil ansehen",
      "Dateien & OrdnerAlle Dateien und Ordner ansehen und verwalten",
      "RäumeAlle Räume ansehen",
      "OpenIDIhre persönlichen Daten ansehen",
    ]);
    expect(screen.getByRole("link", { name: "Datenschutzerklärung" })).toHaveAttribute(
      "href",
      demoNotes.policy_url,
    );
    expect(screen.getByRole("link", { name: "Nutzungsbedingungen" })).toHaveAttribute(
      "href",
      demoNotes.terms_url,
    );
    expect(screen.getByRole("link", { name: "Verbundene Apps" })).toHaveAttribute("href", "/connected-apps");
    expect(screen.getByText("Angemeldet als")).toBeInTheDocument();
    expect(screen.getByText("Portal: Acme")).toBeInTheDocument();
    for (const name of ["Profil wechseln", "Ablehnen", "Erlauben"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
    expect(document.title).toBe("Demo Notes erlauben? – Gatehouse");
    expectNoEnglish();
  });

  it("speaks Arabic: new permissions apart from those granted before, the badge and the answers", () => {
    speak("ar");
    renderConsent(demoScopes.map((scope) => ({ ...scope, new: scope.group === "Rooms" })));

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "يطلب Demo Notes الوصول إلى حسابك على Acme",
    );
    const added = screen.getByRole("list", { name: "أذونات جديدة" });
    expect(within(added).getByRole("listitem")).toHaveTextContent("الغرف جديدعرض جميع الغرف");
    const granted = screen.getByRole("list", { name: "ممنوحة سابقًا" });
    expect(within(granted).getAllByRole("listitem")).toHaveLength(3);
    expect(granted).toHaveTextContent("الملفات والمجلدات");
    expect(screen.getByRole("link", { name: "سياسة الخصوصية" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "شروط الخدمة" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "التطبيقات المتصلة" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "السماح" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "الرفض" })).toBeInTheDocument();
    expectNoEnglish();
  });

  it("turns the scope lines too when the switcher changes the language after the interaction loaded", () => {
    renderConsent();
    expect(screen.getByText("View and manage all files and folders")).toBeInTheDocument();

    act(() => useLocaleStore.getState().choose("fr"));

    expect(screen.getByText("Voir et gérer tous les fichiers et dossiers")).toBeInTheDocument();
    expect(screen.getByText("Fichiers et dossiers")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Autoriser" })).toBeInTheDocument();
    expectNoEnglish();
  });
});

describe("Connected apps in other languages (docs/pages.md#languages)", () => {
  it("speaks German: heading, row, date, scopes and the revoke confirmation", async () => {
    speak("de");
    vi.mocked(listConsents).mockResolvedValue([notesConsent]);
    render(<ConnectedAppsPage />);

    expect(screen.getByRole("heading", { level: 1, name: "Verbundene Apps" })).toBeInTheDocument();
    const row = await screen.findByRole("listitem", { name: "Demo Notes" });
    expect(screen.getByRole("list", { name: "Von Ihnen erlaubte Apps" })).toContainElement(row);
    // Intl's German medium date: "01.12.2026" whatever the time zone's hour.
    expect(row).toHaveTextContent(/Erlaubt am \d{2}\.12\.2026/);
    expect(row).toHaveTextContent(
      "Dateien & Ordner: Alle Dateien und Ordner ansehen und verwalten files:write",
    );
    expectNoEnglish();

    await userEvent.click(within(row).getByRole("button", { name: "Widerrufen" }));
    const dialog = screen.getByRole("dialog", { name: "Zugriff für Demo Notes widerrufen?" });
    expect(within(dialog).getByRole("button", { name: "Zugriff widerrufen" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Abbrechen" })).toBeInTheDocument();
  });

  it("speaks Arabic, also when nothing was allowed yet", async () => {
    speak("ar");
    vi.mocked(listConsents).mockResolvedValue([]);
    render(<ConnectedAppsPage />);

    expect(screen.getByRole("heading", { level: 1, name: "التطبيقات المتصلة" })).toBeInTheDocument();
    expect(await screen.findByText("لم تسمح لأي تطبيق على Acme بعد.")).toBeInTheDocument();
    expectNoEnglish();
  });
});

describe("the error and not-found pages in other languages (docs/pages.md#languages)", () => {
  it("speaks German: heading, the code's catalogue sentence, the advice and the way home", () => {
    speak("de");
    renderRoutes("/error?error=invalid_client", { "/error": <ErrorPage /> });

    expect(screen.getByRole("heading", { level: 1, name: "Fehler" })).toBeInTheDocument();
    expect(
      screen.getByText("Die Anwendung ist Gatehouse unbekannt oder wurde deaktiviert."),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Schließen Sie diese Seite und kehren Sie zur Anwendung zurück."),
    ).toBeInTheDocument();
    expect(screen.getByText("Fehlercode")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Startseite von Gatehouse" })).toHaveAttribute("href", "/");
    expectNoEnglish();
  });

  it("speaks Arabic on the not-found page", () => {
    speak("ar");
    renderRoutes("/nowhere", { "*": <NotFoundPage /> });

    expect(screen.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "الانتقال إلى الصفحة الرئيسية لـ Gatehouse" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("الصفحة غير موجودة – Gatehouse");
    expectNoEnglish();
  });
});
