import { CATALOGUES, en, type MessageKey } from "@gatehouse/shared";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { lookupInvitation } from "../api/invitations.ts";
import { listPeople } from "../api/people.ts";
import { getPortal } from "../api/portal.ts";
import { getSession } from "../api/session.ts";
import { useLocaleStore } from "../stores/locale.ts";
import { useSessionStore } from "../stores/session.ts";
import { findPageHeading, renderAt } from "../test-routes.tsx";
import { acmePeople, alice, alicePortals } from "../test-support.ts";
import { InvitationPage } from "./invitation.tsx";
import { PeoplePage } from "./people.tsx";
import { ResetPasswordPage } from "./reset-password.tsx";

vi.mock("../api/invitations.ts");
vi.mock("../api/people.ts");
vi.mock("../api/portal.ts");
vi.mock("../api/session.ts");

type Shown = "de" | "ar";
const TOKEN = "aW52aXRhdGlvbi10b2tlbi1mb3ItdGVzdHM";

/**
 * No sentence of this area (`people.*`) is left in English: every message without a placeholder that the language
 * words differently from English.
 */
function expectNoEnglish(locale: Shown) {
  const text = document.body.textContent ?? "";
  const english = Object.entries(en).filter(
    ([key, message]) =>
      key.startsWith("people.") &&
      !message.includes("{") &&
      CATALOGUES[locale][key as MessageKey] !== message,
  );
  expect(english.filter(([, message]) => text.includes(message))).toEqual([]);
}

describe("People, invitation and password reset in other languages (docs/pages.md#languages)", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: alice, portals: alicePortals });
    vi.mocked(listPeople).mockResolvedValue(acmePeople);
    vi.mocked(getPortal).mockResolvedValue({ id: "acme", name: "Acme", require_second_factor: false });
    vi.mocked(lookupInvitation).mockResolvedValue({
      portal: { id: "acme", name: "Acme" },
      email: "erin@example.com",
    });
  });
  afterEach(() => {
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    window.localStorage.clear();
  });

  it("speaks German on People: heading, button, list, facts, role and status, the policy", async () => {
    useLocaleStore.getState().choose("de");
    renderAt("/people", <PeoplePage />);

    expect(screen.getByRole("heading", { level: 1, name: "Personen" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Personen einladen" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Mitglieder von Acme" });
    const bob = within(list).getByRole("listitem", { name: "Bob" });
    expect(bob).toHaveTextContent("RolleBenutzer");
    expect(bob).toHaveTextContent("StatusAktiv");
    expect(bob).toHaveTextContent("Letzte AnmeldungNie");
    expect(within(bob).getByRole("button", { name: /^Rolle ändern/ })).toBeInTheDocument();
    expect(within(bob).getByRole("button", { name: /^Deaktivieren/ })).toBeInTheDocument();
    expect(within(list).getByRole("listitem", { name: /^Alice/ })).toHaveTextContent("(Sie)");
    expect(
      await screen.findByRole("checkbox", {
        name: "Zwei-Faktor-Authentifizierung für alle auf diesem Portal verlangen",
      }),
    ).toBeInTheDocument();
    expectNoEnglish("de");
  });

  it("speaks Arabic on People: heading, button, the member list and the policy", async () => {
    useLocaleStore.setState({ locale: "ar", source: "remembered", chosenHere: true });
    renderAt("/people", <PeoplePage />);

    expect(screen.getByRole("heading", { level: 1, name: "الأشخاص" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "دعوة أشخاص" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "أعضاء Acme" });
    expect(within(list).getByRole("listitem", { name: "Bob" })).toHaveTextContent("الدورمستخدم");
    expect(within(list).getByRole("listitem", { name: "dana@example.com" })).toHaveTextContent("مدعو");
    await screen.findByRole("checkbox", { name: "طلب المصادقة الثنائية من الجميع على هذه البوابة" });
    expectNoEnglish("ar");
  });

  it("speaks German on the invitation: heading, the invited email, fields and a password rule", async () => {
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
    useSessionStore.getState().signedOut();
    useLocaleStore.getState().choose("de");
    const user = renderAt(`/invite#${TOKEN}`, <InvitationPage />);

    expect(await findPageHeading("Acme beitreten")).toBeInTheDocument();
    expect(screen.getByText(/Diese Einladung gilt für/)).toHaveTextContent("erin@example.com");
    const password = await screen.findByLabelText("Passwort");
    await user.type(password, "erin-secret-1");
    expect(password).toHaveAccessibleDescription(/Das Passwort darf Ihre E-Mail-Adresse nicht enthalten/);
    await user.clear(password);
    await user.type(password, "short");
    expect(password).toHaveAccessibleDescription(/Verwenden Sie mindestens 10 Zeichen/);
    expect(screen.getByRole("button", { name: "Konto erstellen und beitreten" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Konto erstellen und beitreten" }));
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription(/Geben Sie einen Namen ein/);
    expectNoEnglish("de");
  });

  it("speaks Arabic on the invitation: heading and both ways in", async () => {
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
    useSessionStore.getState().signedOut();
    useLocaleStore.setState({ locale: "ar", source: "remembered", chosenHere: true });
    renderAt(`/invite#${TOKEN}`, <InvitationPage />);

    expect(await findPageHeading("الانضمام إلى Acme")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "إنشاء الحساب والانضمام" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "سجّل الدخول للانضمام" })).toBeInTheDocument();
    expectNoEnglish("ar");
  });

  it("speaks German on the reset page, and Arabic when the link is cut short", async () => {
    useLocaleStore.getState().choose("de");
    const user = renderAt(`/reset-password#${TOKEN}`, <ResetPasswordPage />);
    expect(await findPageHeading("Neues Passwort wählen")).toBeInTheDocument();
    const password = screen.getByLabelText("Neues Passwort");
    await user.type(password, "password123");
    expect(password).toHaveAccessibleDescription(/Dieses Passwort ist zu gängig oder zu leicht zu erraten/);
    expect(screen.getByRole("button", { name: "Neues Passwort festlegen" })).toBeInTheDocument();
    expectNoEnglish("de");
    cleanup();

    useLocaleStore.setState({ locale: "ar", source: "remembered", chosenHere: true });
    renderAt("/reset-password", <ResetPasswordPage />);
    expect(await findPageHeading("رابط إعادة التعيين هذا غير مكتمل")).toBeInTheDocument();
    expectNoEnglish("ar");
  });

  it("speaks Russian before a portal is chosen: whole sentences about this portal, no portal's name slot filled", async () => {
    // "Участники портала {portal}" takes a name; filled with "этот портал" it would read wrong (genitive needed).
    useSessionStore.getState().signedIn({ user: { ...alice, portal: null }, portals: alicePortals });
    vi.mocked(listPeople).mockRejectedValue(new ApiError(403, "forbidden"));
    useLocaleStore.getState().choose("ru");
    renderAt("/people", <PeoplePage />);

    expect(await screen.findByRole("alert")).toHaveTextContent(CATALOGUES.ru["people.forbiddenNoPortal"]);
    expect(screen.getByText(CATALOGUES.ru["people.introNoPortal"])).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: CATALOGUES.ru["people.invite"] })).not.toBeInTheDocument();
  });
});
